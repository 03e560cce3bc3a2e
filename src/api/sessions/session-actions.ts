import { AppError, invalid } from '../../errors/index.js';
import type { SessionRecord } from '../../store/index.js';
import type { AppDeps } from '../app-deps.js';
import type { CreateSessionBody, SendMessageBody } from './session-schemas.js';
import { isHttpUrl, sessionView, toFileInputs, toSeconds } from './session-views.js';

/**
 * What the session endpoints do, apart from their URLs: the current routes and the earlier published form
 * (/v3/video-agents/sessions…) both call these, so the two cannot drift apart.
 */

const MESSAGES_IN_GET = 40;

export async function mustOwnSession(deps: AppDeps, owner: string, sessionId: string): Promise<SessionRecord> {
  const session = await deps.store.getSession(sessionId, owner);
  if (!session) throw new AppError('not_found', `No session ${sessionId}.`, { param: 'session_id' });
  return session;
}

export async function createSession(deps: AppDeps, owner: string, body: CreateSessionBody) {
  if (body.callback_url && !isHttpUrl(body.callback_url)) {
    throw invalid('callback_url', 'callback_url must be an absolute http:// or https:// URL.');
  }
  if (body.prompt.trim() === '') throw invalid('prompt', 'prompt must not be blank.');
  const session = await deps.sessions.create(owner, {
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
  return { session_id: session.id, status: session.status, created_at: toSeconds(session.created_at), video_id: session.video_id };
}

export async function getSessionView(deps: AppDeps, owner: string, sessionId: string) {
  const session = await mustOwnSession(deps, owner, sessionId);
  return sessionView(session, await deps.store.listMessages(session.id, MESSAGES_IN_GET));
}

export async function sendMessage(deps: AppDeps, owner: string, sessionId: string, body: SendMessageBody) {
  if (body.message.trim() === '') throw invalid('message', 'message must not be blank.');
  const { session, run_id } = await deps.sessions.sendMessage(owner, sessionId, {
    message: body.message,
    avatar_id: body.avatar_id ?? null,
    voice_id: body.voice_id ?? null,
    brand_kit_id: body.brand_kit_id ?? null,
    files: toFileInputs(body.files),
    auto_proceed: body.auto_proceed ?? false,
  });
  return { session_id: session.id, run_id, title: session.title };
}

export async function stopSession(deps: AppDeps, owner: string, sessionId: string) {
  const session = await deps.sessions.stop(owner, sessionId);
  return { session_id: session.id };
}
