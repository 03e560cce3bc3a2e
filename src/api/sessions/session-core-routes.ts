import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../app-deps.js';
import { DataEnvelope, ListQuery, PageEnvelope, errorResponses, ok, pageOf, toPageQuery } from '../http/index.js';
import { createSession, getSessionView, sendMessage, stopSession } from './session-actions.js';
import {
  CreateSessionBody,
  CreatedSessionView,
  MessageAccepted,
  SendMessageBody,
  SessionListItem,
  SessionParams,
  SessionView,
  StopSessionBody,
  StoppedSessionView,
} from './session-schemas.js';
import { toSeconds } from './session-views.js';

type SessionPlugin = FastifyPluginAsyncTypebox<{ deps: AppDeps }>;
const tags = ['sessions'];

/** POST /v3/video-agents and GET /v3/video-agents. */
export const createAndListRoutes: SessionPlugin = async (app, { deps }) => {
  app.post('/video-agents', {
    schema: { tags, summary: 'Create a video agent session', body: CreateSessionBody, response: { 200: DataEnvelope(CreatedSessionView), ...errorResponses } },
    handler: async (request) => ok(await createSession(deps, request.owner, request.body)),
  });

  app.get('/video-agents', {
    schema: { tags, summary: 'List sessions, newest first', querystring: ListQuery, response: { 200: PageEnvelope(SessionListItem), ...errorResponses } },
    handler: async (request) => {
      const result = await deps.store.listSessions(request.owner, toPageQuery(request.query));
      return pageOf(result, (s) => ({ session_id: s.id, title: s.title, status: s.status, created_at: toSeconds(s.created_at) }));
    },
  });
};

/** GET and POST /v3/video-agents/{session_id}, and …/stop. */
export const sessionTurnRoutes: SessionPlugin = async (app, { deps }) => {
  app.get('/video-agents/:session_id', {
    schema: { tags, summary: 'Get a session with its latest messages', params: SessionParams, response: { 200: DataEnvelope(SessionView), ...errorResponses } },
    handler: async (request) => ok(await getSessionView(deps, request.owner, request.params.session_id)),
  });

  app.post('/video-agents/:session_id', {
    schema: {
      tags,
      summary: 'Send a follow-up message (feedback or approval)',
      params: SessionParams,
      body: SendMessageBody,
      response: { 200: DataEnvelope(MessageAccepted), ...errorResponses },
    },
    handler: async (request) => ok(await sendMessage(deps, request.owner, request.params.session_id, request.body)),
  });

  app.post('/video-agents/:session_id/stop', {
    schema: {
      tags,
      summary: 'Stop the running agent turn or render',
      params: SessionParams,
      body: StopSessionBody,
      response: { 200: DataEnvelope(StoppedSessionView), ...errorResponses },
    },
    handler: async (request) => ok(await stopSession(deps, request.owner, request.params.session_id)),
  });
};
