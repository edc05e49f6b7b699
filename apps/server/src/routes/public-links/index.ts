export { publicLinkRoutes } from './public-links.js';
