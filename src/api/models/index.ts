export { modelRoutes } from './model-routes.js';
