export { styleRoutes } from './style-routes.js';
export { StyleSchema, StyleListQuery, StyleParams } from './style-schemas.js';
