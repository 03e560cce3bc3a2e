import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AppError, invalid } from '../../errors/index.js';
import { BlockedUrlError, createOutboundGuard } from '../../net/index.js';
import { newId, type Store, type WebhookEndpointRecord } from '../../store/index.js';
import { createWebhookSecret } from '../../webhooks/index.js';
import type { AppDeps } from '../app-deps.js';
import { DataEnvelope, ListQuery, PageEnvelope, errorResponses, ok, pageOf, toPageQuery } from '../http/index.js';
import { CreateEndpointBody, DeletedEndpointView, EndpointParams, EndpointView, EndpointWithSecret, UpdateEndpointBody } from './webhook-schemas.js';
import { endpointView, uniqueEvents } from './webhook-views.js';

type EndpointPlugin = FastifyPluginAsyncTypebox<{ deps: AppDeps }>;
const tags = ['webhooks'];

async function mustOwn(store: Store, owner: string, id: string): Promise<WebhookEndpointRecord> {
  const endpoint = await store.getWebhookEndpoint(id, owner);
  if (!endpoint) throw new AppError('not_found', `No webhook endpoint ${id}.`, { param: 'endpoint_id' });
  return endpoint;
}

/** Endpoint URLs are checked when registered (and checked again, address by address, on every delivery). */
function createUrlChecker(deps: AppDeps) {
  const outbound = createOutboundGuard({ allowPrivateUrls: deps.config.allowPrivateUrls, outboundAllowlist: deps.config.outboundAllowlist });
  const check = async (raw: string): Promise<string> => {
    try {
      return (await outbound.checkUrl(raw.trim())).href;
    } catch (error) {
      if (error instanceof BlockedUrlError) throw invalid('url', `url is refused: ${error.message}`);
      throw error;
    }
  };
  return { check, close: () => outbound.close() };
}

const createEndpointRoutes: EndpointPlugin = async (app, { deps }) => {
  const urls = createUrlChecker(deps);
  app.addHook('onClose', async () => urls.close());

  app.post('/webhooks/endpoints', {
    schema: {
      tags,
      summary: 'Register a webhook endpoint (the response holds its signing secret, shown only here and on rotation)',
      body: CreateEndpointBody,
      response: { 200: DataEnvelope(EndpointWithSecret), ...errorResponses },
    },
    handler: async (request) => {
      const endpoint: WebhookEndpointRecord = {
        id: newId('whe'),
        owner: request.owner,
        url: await urls.check(request.body.url),
        events: uniqueEvents(request.body.events),
        status: 'active',
        secret: createWebhookSecret(),
        created_at: Date.now(),
      };
      await deps.store.insertWebhookEndpoint(endpoint);
      return ok({ ...endpointView(endpoint), secret: endpoint.secret });
    },
  });

  app.patch('/webhooks/endpoints/:endpoint_id', {
    schema: {
      tags,
      summary: 'Change a webhook endpoint: url, events, or status (active/disabled)',
      params: EndpointParams,
      body: UpdateEndpointBody,
      response: { 200: DataEnvelope(EndpointView), ...errorResponses },
    },
    handler: async (request) => {
      const current = await mustOwn(deps.store, request.owner, request.params.endpoint_id);
      const { url, events, status } = request.body;
      const patch: Partial<Pick<WebhookEndpointRecord, 'url' | 'events' | 'status'>> = {};
      if (url !== undefined) patch.url = await urls.check(url);
      if (events !== undefined) patch.events = uniqueEvents(events);
      if (status !== undefined) patch.status = status;
      const updated = await deps.store.updateWebhookEndpoint(current.id, patch);
      if (!updated) throw new AppError('not_found', `No webhook endpoint ${current.id}.`, { param: 'endpoint_id' });
      return ok(endpointView(updated));
    },
  });
};

const manageEndpointRoutes: EndpointPlugin = async (app, { deps }) => {
  app.get('/webhooks/endpoints', {
    schema: { tags, summary: 'Registered webhook endpoints, newest first', querystring: ListQuery, response: { 200: PageEnvelope(EndpointView), ...errorResponses } },
    handler: async (request) => pageOf(await deps.store.listWebhookEndpoints(request.owner, toPageQuery(request.query)), endpointView),
  });

  app.delete('/webhooks/endpoints/:endpoint_id', {
    schema: {
      tags,
      summary: 'Delete a webhook endpoint (pending deliveries to it stop)',
      params: EndpointParams,
      response: { 200: DataEnvelope(DeletedEndpointView), ...errorResponses },
    },
    handler: async (request) => {
      const endpoint = await mustOwn(deps.store, request.owner, request.params.endpoint_id);
      await deps.store.deleteWebhookEndpoint(endpoint.id);
      return ok({ endpoint_id: endpoint.id, deleted: true });
    },
  });

  app.post('/webhooks/endpoints/:endpoint_id/rotate-secret', {
    schema: {
      tags,
      summary: 'Replace the signing secret of a webhook endpoint (the old one stops at once)',
      params: EndpointParams,
      response: { 200: DataEnvelope(EndpointWithSecret), ...errorResponses },
    },
    handler: async (request) => {
      const endpoint = await mustOwn(deps.store, request.owner, request.params.endpoint_id);
      const updated = await deps.store.updateWebhookEndpoint(endpoint.id, { secret: createWebhookSecret() });
      if (!updated) throw new AppError('not_found', `No webhook endpoint ${endpoint.id}.`, { param: 'endpoint_id' });
      return ok({ ...endpointView(updated), secret: updated.secret });
    },
  });
};

/** /v3/webhooks/endpoints: register, list, change, delete, rotate. */
export const webhookEndpointRoutes: EndpointPlugin = async (app, options) => {
  await app.register(createEndpointRoutes, options);
  await app.register(manageEndpointRoutes, options);
};
