export { styleRoutes, StyleSchema } from './style-routes.js';
