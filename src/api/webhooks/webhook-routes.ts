import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { webhookEventTypes } from '../../webhooks/index.js';
import type { AppDeps } from '../app-deps.js';
import { DataEnvelope, ListQuery, Nullable, PageEnvelope, errorResponses, ok, pageOf, toPageQuery } from '../http/index.js';

const DeliveryView = Type.Object({
  event_id: Type.String(),
  event_type: Type.String(),
  session_id: Nullable(Type.String()),
  endpoint_id: Nullable(Type.String()),
  url: Type.String(),
  status: Type.String(),
  payload: Type.Record(Type.String(), Type.Unknown()),
  attempts: Type.Array(
    Type.Object({ at: Type.Integer(), status_code: Nullable(Type.Integer()), error: Nullable(Type.String()), duration_ms: Type.Number() }),
  ),
  next_attempt_at: Nullable(Type.Integer()),
  created_at: Type.Integer(),
});

const seconds = (ms: number) => Math.floor(ms / 1000);

/** Webhook event types, delivery history and the callback_url signing secret. */
export const webhookRoutes: FastifyPluginAsync<{ deps: AppDeps }> = async (fastify, { deps }) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['webhooks'];

  app.get(
    '/webhooks/event-types',
    { schema: { tags, summary: 'Webhook event types', response: { 200: DataEnvelope(Type.Array(Type.String())), ...errorResponses } } },
    async () => ok([...webhookEventTypes]),
  );

  app.get(
    '/webhooks/events',
    {
      schema: {
        tags,
        summary: 'Webhook deliveries, newest first, with every attempt',
        querystring: ListQuery,
        response: { 200: PageEnvelope(DeliveryView), ...errorResponses },
      },
    },
    async (request) =>
      pageOf(await deps.store.listWebhookDeliveries(request.owner, toPageQuery(request.query)), (d) => ({
        event_id: d.id,
        event_type: d.event_type,
        session_id: d.session_id,
        endpoint_id: d.endpoint_id,
        url: d.url,
        status: d.status,
        payload: d.payload,
        attempts: d.attempts.map((a) => ({ ...a, at: seconds(a.at) })),
        next_attempt_at: d.next_attempt_at === null ? null : seconds(d.next_attempt_at),
        created_at: seconds(d.created_at),
      })),
  );

  app.get(
    '/webhooks/callback-secret',
    {
      schema: {
        tags,
        summary: "The secret that signs this key's callback_url deliveries (ours)",
        response: { 200: DataEnvelope(Type.Object({ secret: Type.String() })), ...errorResponses },
      },
    },
    async (request) => ok({ secret: deps.callbackSecretFor(request.owner) }),
  );
};
