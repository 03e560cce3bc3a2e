export { webhookRoutes } from './webhook-routes.js';
export { DeliveryView, EndpointView, EndpointWithSecret, CreateEndpointBody, UpdateEndpointBody, EventTypeView } from './webhook-schemas.js';
