import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { SessionStatus } from '../../store/index.js';
import type { AppDeps } from '../app-deps.js';
import { DataEnvelope, errorResponses, ok } from '../http/index.js';
import { createSession, getSessionView, sendMessage, stopSession } from './session-actions.js';
import {
  CreateSessionBody,
  LegacyCreatedSessionView,
  LegacySessionView,
  MessageAccepted,
  SendMessageBody,
  SessionParams,
  StopSessionBody,
  StoppedSessionView,
  type legacySessionStatuses,
} from './session-schemas.js';

type LegacyStatus = (typeof legacySessionStatuses)[number];

/** Our statuses as the earlier form names them: it has one paused status for both review and questions. */
export const legacyStatusOf: Record<SessionStatus, LegacyStatus> = {
  thinking: 'processing',
  waiting_for_input: 'reviewing',
  reviewing: 'reviewing',
  generating: 'generating',
  completed: 'completed',
  failed: 'failed',
};

const tags = ['sessions (earlier form)'];
const kept = 'Kept for clients written against the earlier published form (docs/api.md).';

/**
 * The earlier published form of the interactive API, as aliases of the current routes: same bodies, same
 * sessions, statuses mapped. The static `sessions` segment wins over `:session_id` in find-my-way, so
 * `POST /v3/video-agents/sessions` creates a session rather than messaging one called "sessions".
 */
export const legacySessionRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  app.post('/video-agents/sessions', {
    schema: { tags, summary: 'Create a session (earlier form of POST /v3/video-agents)', description: kept, body: CreateSessionBody, response: { 200: DataEnvelope(LegacyCreatedSessionView), ...errorResponses } },
    handler: async (request) => {
      // The earlier form was the interactive API: without a mode, a session pauses for review.
      const created = await createSession(deps, request.owner, { ...request.body, mode: request.body.mode ?? 'chat' });
      return ok({ ...created, status: legacyStatusOf[created.status] });
    },
  });

  app.get('/video-agents/sessions/:session_id', {
    schema: { tags, summary: 'Get a session (earlier form)', description: kept, params: SessionParams, response: { 200: DataEnvelope(LegacySessionView), ...errorResponses } },
    handler: async (request) => {
      const view = await getSessionView(deps, request.owner, request.params.session_id);
      return ok({ ...view, status: legacyStatusOf[view.status] });
    },
  });

  app.post('/video-agents/sessions/:session_id/messages', {
    schema: { tags, summary: 'Send a message (earlier form)', description: kept, params: SessionParams, body: SendMessageBody, response: { 200: DataEnvelope(MessageAccepted), ...errorResponses } },
    handler: async (request) => ok(await sendMessage(deps, request.owner, request.params.session_id, request.body)),
  });

  app.post('/video-agents/sessions/:session_id/stop', {
    schema: { tags, summary: 'Stop a session (earlier form)', description: kept, params: SessionParams, body: StopSessionBody, response: { 200: DataEnvelope(StoppedSessionView), ...errorResponses } },
    handler: async (request) => ok(await stopSession(deps, request.owner, request.params.session_id)),
  });
};
