export { tripContentRoutes } from './trip-content.js';
