import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { webhookEventTypes } from '../../webhooks/index.js';
import type { AppDeps } from '../app-deps.js';
import { DataEnvelope, ListQuery, PageEnvelope, errorResponses, ok, pageOf, toPageQuery } from '../http/index.js';
import { webhookEndpointRoutes } from './webhook-endpoint-routes.js';
import { CallbackSecretView, DeliveryView, EventTypeView } from './webhook-schemas.js';
import { deliveryView, webhookEventDescriptions } from './webhook-views.js';

type WebhookPlugin = FastifyPluginAsyncTypebox<{ deps: AppDeps }>;
const tags = ['webhooks'];

const eventRoutes: WebhookPlugin = async (app, { deps }) => {
  app.get('/webhooks/event-types', {
    schema: { tags, summary: 'Webhook event types', response: { 200: DataEnvelope(Type.Array(EventTypeView)), ...errorResponses } },
    handler: async () => ok(webhookEventTypes.map((type) => ({ event_type: type, description: webhookEventDescriptions[type] }))),
  });

  app.get('/webhooks/events', {
    schema: { tags, summary: 'Webhook deliveries, newest first, with every attempt', querystring: ListQuery, response: { 200: PageEnvelope(DeliveryView), ...errorResponses } },
    handler: async (request) => pageOf(await deps.store.listWebhookDeliveries(request.owner, toPageQuery(request.query)), deliveryView),
  });

  app.get('/webhooks/callback-secret', {
    schema: { tags, summary: "The secret that signs this key's callback_url deliveries (ours)", response: { 200: DataEnvelope(CallbackSecretView), ...errorResponses } },
    handler: async (request) => ok({ secret: deps.callbackSecretFor(request.owner) }),
  });
};

/** Webhook endpoints, event types, delivery history and the callback_url signing secret. */
export const webhookRoutes: WebhookPlugin = async (app, options) => {
  await app.register(webhookEndpointRoutes, options);
  await app.register(eventRoutes, options);
};
