import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { AppError, invalid } from '../../errors/index.js';
import { BlockedUrlError, createOutboundGuard } from '../../net/index.js';
import { newId, type WebhookEndpointRecord } from '../../store/index.js';
import { createWebhookSecret, webhookEventTypes } from '../../webhooks/index.js';
import type { AppDeps } from '../app-deps.js';
import { DataEnvelope, ListQuery, PageEnvelope, errorResponses, ok, pageOf, toPageQuery } from '../http/index.js';
import { CreateEndpointBody, DeliveryView, EndpointView, EndpointWithSecret, UpdateEndpointBody } from '../../contract/index.js';

export { CreateEndpointBody, DeliveryView, EndpointView, EndpointWithSecret, UpdateEndpointBody } from '../../contract/index.js';

const seconds = (ms: number) => Math.floor(ms / 1000);

const EndpointParams = Type.Object({ endpoint_id: Type.String({ minLength: 1, maxLength: 128 }) });

function endpointView(endpoint: WebhookEndpointRecord) {
  return { endpoint_id: endpoint.id, url: endpoint.url, events: endpoint.events, status: endpoint.status, created_at: seconds(endpoint.created_at) };
}

/** Duplicates dropped, order kept. */
function uniqueEvents(events: readonly string[] | undefined): string[] {
  return [...new Set(events ?? [])];
}

/** Webhook event types, delivery history and the callback_url signing secret. */
export const webhookRoutes: FastifyPluginAsync<{ deps: AppDeps }> = async (fastify, { deps }) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['webhooks'];
  // Endpoint URLs are checked when registered (and checked again, address by address, on every delivery).
  const outbound = createOutboundGuard({ allowPrivateUrls: deps.config.allowPrivateUrls, outboundAllowlist: deps.config.outboundAllowlist });
  fastify.addHook('onClose', async () => outbound.close());

  const checkedUrl = async (raw: string): Promise<string> => {
    try {
      return (await outbound.checkUrl(raw.trim())).href;
    } catch (error) {
      if (error instanceof BlockedUrlError) throw invalid('url', `url is refused: ${error.message}`);
      throw error;
    }
  };
  const mustOwn = async (owner: string, id: string): Promise<WebhookEndpointRecord> => {
    const endpoint = await deps.store.getWebhookEndpoint(id, owner);
    if (!endpoint) throw new AppError('not_found', `No webhook endpoint ${id}.`, { param: 'endpoint_id' });
    return endpoint;
  };

  app.post(
    '/webhooks/endpoints',
    {
      schema: {
        tags,
        summary: 'Register a webhook endpoint (the response holds its signing secret, shown only here and on rotation)',
        body: CreateEndpointBody,
        response: { 200: DataEnvelope(EndpointWithSecret), ...errorResponses },
      },
    },
    async (request) => {
      const endpoint: WebhookEndpointRecord = {
        id: newId('whe'),
        owner: request.owner,
        url: await checkedUrl(request.body.url),
        events: uniqueEvents(request.body.events),
        status: 'active',
        secret: createWebhookSecret(),
        created_at: Date.now(),
      };
      await deps.store.insertWebhookEndpoint(endpoint);
      return ok({ ...endpointView(endpoint), secret: endpoint.secret });
    },
  );

  app.get(
    '/webhooks/endpoints',
    { schema: { tags, summary: 'Registered webhook endpoints, newest first', querystring: ListQuery, response: { 200: PageEnvelope(EndpointView), ...errorResponses } } },
    async (request) => pageOf(await deps.store.listWebhookEndpoints(request.owner, toPageQuery(request.query)), endpointView),
  );

  app.patch(
    '/webhooks/endpoints/:endpoint_id',
    {
      schema: {
        tags,
        summary: 'Change a webhook endpoint: url, events, or status (active/disabled)',
        params: EndpointParams,
        body: UpdateEndpointBody,
        response: { 200: DataEnvelope(EndpointView), ...errorResponses },
      },
    },
    async (request) => {
      const current = await mustOwn(request.owner, request.params.endpoint_id);
      const { url, events, status } = request.body;
      const patch: Partial<Pick<WebhookEndpointRecord, 'url' | 'events' | 'status'>> = {};
      if (url !== undefined) patch.url = await checkedUrl(url);
      if (events !== undefined) patch.events = uniqueEvents(events);
      if (status !== undefined) patch.status = status;
      const updated = await deps.store.updateWebhookEndpoint(current.id, patch);
      if (!updated) throw new AppError('not_found', `No webhook endpoint ${current.id}.`, { param: 'endpoint_id' });
      return ok(endpointView(updated));
    },
  );

  app.delete(
    '/webhooks/endpoints/:endpoint_id',
    {
      schema: {
        tags,
        summary: 'Delete a webhook endpoint (pending deliveries to it stop)',
        params: EndpointParams,
        response: { 200: DataEnvelope(Type.Object({ endpoint_id: Type.String(), deleted: Type.Boolean() })), ...errorResponses },
      },
    },
    async (request) => {
      const endpoint = await mustOwn(request.owner, request.params.endpoint_id);
      await deps.store.deleteWebhookEndpoint(endpoint.id);
      return ok({ endpoint_id: endpoint.id, deleted: true });
    },
  );

  app.post(
    '/webhooks/endpoints/:endpoint_id/rotate-secret',
    {
      schema: {
        tags,
        summary: 'Replace the signing secret of a webhook endpoint (the old one stops at once)',
        params: EndpointParams,
        response: { 200: DataEnvelope(EndpointWithSecret), ...errorResponses },
      },
    },
    async (request) => {
      const endpoint = await mustOwn(request.owner, request.params.endpoint_id);
      const updated = await deps.store.updateWebhookEndpoint(endpoint.id, { secret: createWebhookSecret() });
      if (!updated) throw new AppError('not_found', `No webhook endpoint ${endpoint.id}.`, { param: 'endpoint_id' });
      return ok({ ...endpointView(updated), secret: updated.secret });
    },
  );

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
