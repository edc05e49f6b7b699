export { tripContentRoutes } from './tripContent.js';
