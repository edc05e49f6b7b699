export { createTripDocuments, type ApplyResult, type TripDocuments } from './tripDocuments.js';
export { TripNotFoundError } from './errors.js';
