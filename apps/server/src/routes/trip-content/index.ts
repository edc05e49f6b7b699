export { tripContentRoutes, type TripContentOptions } from './tripContent.js';
