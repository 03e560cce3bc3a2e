import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { AppError, invalid } from '../../errors/index.js';
import type { AppDeps } from '../app-deps.js';
import { DataEnvelope, ListQuery, PageEnvelope, errorResponses, ok, pageOf, toPageQuery } from '../http/index.js';
import { VideoSchema, toVideoView } from '../videos/index.js';
import {
  CreateSessionBody,
  CreatedSessionView,
  MessageAccepted,
  ResourceParams,
  ResourceView,
  SendMessageBody,
  SessionListItem,
  SessionParams,
  SessionView,
} from './session-schemas.js';
import { isHttpUrl, resourceView, sessionView, toFileInputs, toSeconds } from './session-views.js';
import { streamSessionEvents } from './stream-session-events.js';

const MESSAGES_IN_GET = 40;

/** The Video Agent session endpoints under /v3/video-agents. */
export const sessionRoutes: FastifyPluginAsync<{ deps: AppDeps }> = async (fastify, { deps }) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { sessions, store } = deps;
  const links = fastify.mediaLinks;
  const tags = ['sessions'];

  const mustOwn = async (request: FastifyRequest, sessionId: string) => {
    const session = await store.getSession(sessionId, request.owner);
    if (!session) throw new AppError('not_found', `No session ${sessionId}.`, { param: 'session_id' });
    return session;
  };

  app.post(
    '/video-agents',
    {
      schema: {
        tags,
        summary: 'Create a video agent session',
        body: CreateSessionBody,
        response: { 200: DataEnvelope(CreatedSessionView), ...errorResponses },
      },
    },
    async (request) => {
      const body = request.body;
      if (body.callback_url && !isHttpUrl(body.callback_url)) {
        throw invalid('callback_url', 'callback_url must be an absolute http:// or https:// URL.');
      }
      if (body.prompt.trim() === '') throw invalid('prompt', 'prompt must not be blank.');
      const session = await sessions.create(request.owner, {
        prompt: body.prompt,
        mode: body.mode ?? 'generate',
        avatar_id: body.avatar_id ?? null,
        voice_id: body.voice_id ?? null,
        style_id: body.style_id ?? null,
        brand_kit_id: body.brand_kit_id ?? null,
        orientation: body.orientation ?? null,
        duration_sec: body.duration_sec ?? null,
        files: toFileInputs(body.files),
        auto_proceed: body.auto_proceed ?? false,
        skip_agentic_stop: body.skip_agentic_stop ?? false,
        incognito_mode: body.incognito_mode ?? false,
        callback_url: body.callback_url ?? null,
        callback_id: body.callback_id ?? null,
      });
      return ok({ session_id: session.id, status: session.status, created_at: toSeconds(session.created_at), video_id: session.video_id });
    },
  );

  app.get(
    '/video-agents',
    { schema: { tags, summary: 'List sessions, newest first', querystring: ListQuery, response: { 200: PageEnvelope(SessionListItem), ...errorResponses } } },
    async (request) => {
      const result = await store.listSessions(request.owner, toPageQuery(request.query));
      return pageOf(result, (s) => ({ session_id: s.id, title: s.title, status: s.status, created_at: toSeconds(s.created_at) }));
    },
  );

  app.get(
    '/video-agents/:session_id',
    { schema: { tags, summary: 'Get a session with its latest messages', params: SessionParams, response: { 200: DataEnvelope(SessionView), ...errorResponses } } },
    async (request) => {
      const session = await mustOwn(request, request.params.session_id);
      return ok(sessionView(session, await store.listMessages(session.id, MESSAGES_IN_GET)));
    },
  );

  app.post(
    '/video-agents/:session_id',
    {
      schema: {
        tags,
        summary: 'Send a follow-up message (feedback or approval)',
        params: SessionParams,
        body: SendMessageBody,
        response: { 200: DataEnvelope(MessageAccepted), ...errorResponses },
      },
    },
    async (request) => {
      const body = request.body;
      if (body.message.trim() === '') throw invalid('message', 'message must not be blank.');
      const { session, run_id } = await sessions.sendMessage(request.owner, request.params.session_id, {
        message: body.message,
        avatar_id: body.avatar_id ?? null,
        voice_id: body.voice_id ?? null,
        brand_kit_id: body.brand_kit_id ?? null,
        files: toFileInputs(body.files),
        auto_proceed: body.auto_proceed ?? false,
      });
      return ok({ session_id: session.id, run_id, title: session.title });
    },
  );

  app.post(
    '/video-agents/:session_id/stop',
    {
      schema: {
        tags,
        summary: 'Stop the running agent turn or render',
        params: SessionParams,
        body: Type.Optional(Type.Object({})),
        response: { 200: DataEnvelope(Type.Object({ session_id: Type.String() })), ...errorResponses },
      },
    },
    async (request) => {
      const session = await sessions.stop(request.owner, request.params.session_id);
      return ok({ session_id: session.id });
    },
  );

  app.get(
    '/video-agents/:session_id/resources',
    {
      schema: {
        tags,
        summary: "List a session's resources (ours)",
        params: SessionParams,
        response: { 200: DataEnvelope(Type.Array(ResourceView)), ...errorResponses },
      },
    },
    async (request) => {
      const session = await mustOwn(request, request.params.session_id);
      return ok((await store.listResources(session.id)).map((r) => resourceView(r, links)));
    },
  );

  app.get(
    '/video-agents/:session_id/resources/:resource_id',
    { schema: { tags, summary: 'Get a resource of a session', params: ResourceParams, response: { 200: DataEnvelope(ResourceView), ...errorResponses } } },
    async (request) => {
      const session = await mustOwn(request, request.params.session_id);
      const resource = await store.getResource(request.params.resource_id, session.id);
      if (!resource) throw new AppError('not_found', `No resource ${request.params.resource_id} in this session.`, { param: 'resource_id' });
      return ok(resourceView(resource, links));
    },
  );

  app.get(
    '/video-agents/:session_id/videos',
    {
      schema: {
        tags,
        summary: "The session's videos, newest first",
        params: SessionParams,
        querystring: ListQuery,
        response: { 200: PageEnvelope(VideoSchema), ...errorResponses },
      },
    },
    async (request) => {
      const session = await mustOwn(request, request.params.session_id);
      const result = await store.listVideos(request.owner, toPageQuery(request.query), session.id);
      return pageOf(result, (v) => toVideoView(v, links));
    },
  );

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
      const session = await mustOwn(request, request.params.session_id);
      await streamSessionEvents(request, reply, { session, store, subscribe: (listener) => sessions.subscribe(session.id, listener) });
    },
  );
};
