import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../app-deps.js';
import { legacySessionRoutes } from './legacy-session-routes.js';
import { mustOwnSession } from './session-actions.js';
import { createAndListRoutes, sessionTurnRoutes } from './session-core-routes.js';
import { sessionResourceRoutes } from './session-resource-routes.js';
import { SessionParams } from './session-schemas.js';
import { streamSessionEvents } from './stream-session-events.js';

/** The Server-Sent Events stream of one session (ours). */
const sessionEventRoutes: FastifyPluginAsync<{ deps: AppDeps }> = async (fastify, { deps }) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { sessions, store } = deps;

  app.get(
    '/video-agents/:session_id/events',
    {
      schema: {
        tags: ['sessions'],
        summary: 'Server-Sent Events: status, progress and messages as they happen (ours)',
        params: SessionParams,
        produces: ['text/event-stream'],
      },
    },
    async (request, reply) => {
      const session = await mustOwnSession(deps, request.owner, request.params.session_id);
      await streamSessionEvents(request, reply, { session, store, subscribe: (listener) => sessions.subscribe(session.id, listener) });
    },
  );
};

/** The Video Agent session endpoints under /v3/video-agents, and the earlier form's aliases. */
export const sessionRoutes: FastifyPluginAsync<{ deps: AppDeps }> = async (app, options) => {
  await app.register(createAndListRoutes, options);
  await app.register(sessionTurnRoutes, options);
  await app.register(sessionResourceRoutes, options);
  await app.register(sessionEventRoutes, options);
  await app.register(legacySessionRoutes, options);
};
