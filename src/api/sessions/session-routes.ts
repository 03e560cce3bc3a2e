import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { SessionEvent } from '../../sessions/index.js';
import type { AppDeps } from '../app-deps.js';
import { legacySessionRoutes } from './legacy-session-routes.js';
import { mustOwnSession } from './session-actions.js';
import { createAndListRoutes, sessionTurnRoutes } from './session-core-routes.js';
import { sessionResourceRoutes } from './session-resource-routes.js';
import { SessionParams } from './session-schemas.js';

const SSE_HEARTBEAT_MS = 15_000;

/** The Server-Sent Events stream of one session (ours). */
const sessionEventRoutes: FastifyPluginAsync<{ deps: AppDeps }> = async (fastify, { deps }) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { sessions } = deps;
  const tags = ['sessions'];

  app.get(
    '/video-agents/:session_id/events',
    {
      schema: {
        tags,
        summary: 'Server-Sent Events: status, progress and messages as they happen (ours)',
        params: SessionParams,
        produces: ['text/event-stream'],
      },
    },
    async (request, reply) => {
      const session = await mustOwnSession(deps, request.owner, request.params.session_id);
      streamEvents(request, reply, (listener) => sessions.subscribe(session.id, listener), {
        type: 'status',
        session_id: session.id,
        status: session.status,
        progress: Math.round(session.progress),
        title: session.title,
        video_id: session.video_id,
      });
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

/** Writes events as SSE until the client goes away; the first event is the current status. */
function streamEvents(
  request: FastifyRequest,
  reply: FastifyReply,
  subscribe: (listener: (event: SessionEvent) => void) => () => void,
  initial: SessionEvent,
): void {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
    'x-request-id': String(request.id),
  });
  let sequence = 0;
  const send = (event: SessionEvent) => {
    const { type, ...data } = event;
    raw.write(`id: ${++sequence}\nevent: ${type}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  raw.write('retry: 2000\n\n');
  send(initial);
  const unsubscribe = subscribe(send);
  const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), SSE_HEARTBEAT_MS);
  const close = () => {
    clearInterval(heartbeat);
    unsubscribe();
  };
  request.raw.on('close', close);
  raw.on('error', close);
}
