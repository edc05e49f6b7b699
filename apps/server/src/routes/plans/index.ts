export { planRoutes } from './plans.js';
