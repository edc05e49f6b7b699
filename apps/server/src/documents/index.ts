export { createTripDocuments, type ApplyResult, type TripDocuments } from './trip-documents.js';
export { TripNotFoundError } from './errors.js';
