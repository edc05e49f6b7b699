export { aiRoutes } from './assistant.js';
