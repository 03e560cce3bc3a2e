export { brandKitRoutes } from './brand-kit-routes.js';
