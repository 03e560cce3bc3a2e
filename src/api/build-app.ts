import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyPluginAsyncTypebox, TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import Type from 'typebox';
import type { AppDeps } from './app-deps.js';
import { assetRoutes, uploadRoutes } from './assets/index.js';
import { apiKeyOf, createAuthHook, createIdempotency, createValidatorCompiler, genReqId, handleError, handleNotFound, requestIdHeader } from './http/index.js';
import { createMediaLinks, mediaRoutes } from './media/index.js';
import { sessionRoutes } from './sessions/index.js';
import { styleRoutes } from './styles/index.js';
import { videoRoutes } from './videos/index.js';
import { voiceRoutes } from './voices/index.js';
import { avatarRoutes } from './avatars/index.js';
import { webhookRoutes } from './webhooks/index.js';
import { brandKitRoutes } from './brand-kits/index.js';
import { userRoutes } from './users/index.js';
import { modelRoutes } from './models/index.js';
import { visualRoutes } from './visuals/index.js';
import { mcpRoutes } from '../mcp/index.js';

/** GET /health: liveness without a key, and which planner writes storyboards (with its fallbacks). */
const healthRoute: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  app.get('/health', {
    schema: {
      summary: 'Liveness (no API key), and which planner writes storyboards',
      tags: ['meta'],
      response: {
        200: Type.Object({
          status: Type.Literal('ok'),
          planner: Type.Optional(
            Type.Object({
              active: Type.String({ description: 'The planner tried first: llm:<provider>:<model>, llm:ollama:<model>, local:<model id> or builtin.' }),
              fallbacks: Type.Array(Type.String(), { description: 'The planners a failed or timed-out turn falls back to, in order; builtin last.' }),
            }),
          ),
        }),
      },
    },
    handler: async () => ({
      status: 'ok' as const,
      ...(deps.planner ? { planner: { active: deps.planner.active, fallbacks: deps.planner.chain.slice(1).map((link) => link.id) } } : {}),
    }),
  });
};

/** JSON bodies: 1 MiB. Files go through multipart (config.maxUploadBytes) or direct uploads. */
export const jsonBodyLimit = 1024 * 1024;

/**
 * The HTTP edge: one Fastify app with TypeBox schemas, one error handler, X-Request-Id on every response,
 * API-key auth and Idempotency-Key handling on /v3, signed media links, and /openapi.json from the same schemas.
 */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger,
    bodyLimit: jsonBodyLimit,
    genReqId,
    // Signed tokens travel as path parameters (/media/:token, /uploads/:token).
    routerOptions: { maxParamLength: 2048 },
    // Bad URLs and over-long parameters fail before routing: give them the envelope and request id too.
    frameworkErrors: (error, request, reply) => {
      reply.header(requestIdHeader, request.id);
      // The reply's body type is not known before routing; the envelope is what we send.
      (reply as FastifyReply).send(handleError(error, request, reply));
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  const links = createMediaLinks(deps.linkSecret, deps.config.publicUrl, deps.config.mediaLinkTtlSec);
  app.decorate('mediaLinks', links);
  app.decorateRequest('owner', '');

  // Set first, so 404s, parser failures and errors carry it too.
  app.addHook('onRequest', async (request, reply) => {
    reply.header(requestIdHeader, request.id);
  });

  // An empty JSON body means `{}`: fetch() and SDKs send the header with no body on bodiless POSTs.
  const defaultJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (typeof body === 'string' && body.trim() === '') {
      done(null, {});
      return;
    }
    defaultJson(request, body as string, done);
  });

  app.setValidatorCompiler(createValidatorCompiler());
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Open Video Agent API',
        version: '3.0.0',
        description: 'The v3 Video Agent API (prompt → reviewed storyboard → narrated MP4). Errors: docs/errors.md.',
      },
      servers: [{ url: deps.config.publicUrl }],
      components: {
        securitySchemes: {
          apiKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    // Every /v3 route needs a key, except the few marked public (previews, thumbnails).
    transform: ({ schema, url, route }) => {
      const transformed = { ...(schema ?? {}) } as Record<string, unknown>;
      if (url.startsWith('/v3/') && route.config?.public !== true) transformed.security = [{ apiKey: [] }, { bearer: [] }];
      return { schema: transformed, url };
    },
  });

  // Swagger UI over the same document, for trying the API in a browser (its assets ship in the npm package).
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { docExpansion: 'list', deepLinking: true } });

  await app.register(healthRoute, { deps });

  app.get('/openapi.json', {
    schema: { hide: true },
    handler: async () => app.swagger(),
  });

  await app.register(mediaRoutes, { blobs: deps.blobs, links, redirectToPresigned: deps.config.s3MediaRedirect });
  await app.register(uploadRoutes, { deps });

  const idempotency = createIdempotency(deps.store);
  await app.register(
    async (v3) => {
      v3.addHook('onRequest', createAuthHook(deps.config.apiKeys));
      // A bodiless POST (`/complete`, `/stop`) means `{}`.
      v3.addHook('preValidation', async (request) => {
        if (request.method === 'POST' && request.body === undefined) request.body = {};
      });
      // JSON only (uploads have their own parsers): a text/plain body is 415, not a string that fails validation.
      v3.removeContentTypeParser('text/plain');
      v3.addHook('preHandler', idempotency.preHandler);
      v3.addHook('onSend', idempotency.onSend);
      v3.addHook('onResponse', idempotency.onResponse);
      await v3.register(styleRoutes, { deps });
      await v3.register(assetRoutes, { deps, idempotency });
      await v3.register(videoRoutes, { deps });
      await v3.register(voiceRoutes, { deps });
      await v3.register(avatarRoutes, { deps });
      await v3.register(sessionRoutes, { deps });
      await v3.register(webhookRoutes, { deps });
      await v3.register(brandKitRoutes, { deps });
      await v3.register(userRoutes);
      if (deps.models) await v3.register(modelRoutes, { deps, models: deps.models });
      await v3.register(visualRoutes, { deps });
    },
    { prefix: '/v3' },
  );

  // MCP over Streamable HTTP; its tools call /v3 with the caller's key, which /mcp checks first.
  await app.register(mcpRoutes, { authenticate: createAuthHook(deps.config.apiKeys), apiKeyOf });

  // Not made ready here: main.ts may still add routes (the studio) before listen().
  return app as unknown as FastifyInstance;
}
