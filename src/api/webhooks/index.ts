export { webhookRoutes } from './webhook-routes.js';
