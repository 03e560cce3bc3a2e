import { newId, type SessionRecord } from '../../store/index.js';
import { checkActiveLimit } from '../active-limit.js';
import { MessageLog } from '../message-log.js';
import type { SessionContext } from '../session-context.js';
import { newRun, PROGRESS, wakeSession } from '../session-runs.js';
import type { CreateSessionInput } from '../session-service.js';
import { recordUploads } from '../session-uploads.js';
import { validateCallbackUrl, validateSessionIds } from '../validate-session-ids.js';

/** POST /v3/video-agents: a new session, thinking, with its plan run queued; bad input fails here with a 4xx. */
export async function createSession(ctx: SessionContext, owner: string, input: CreateSessionInput): Promise<SessionRecord> {
  await validateSessionIds(ctx, input, owner);
  if (input.callback_url) await validateCallbackUrl(ctx, input.callback_url);
  await checkActiveLimit(ctx, owner);
  const attachmentIds = await ctx.attachments.resolve(owner, input.files);
  const now = ctx.now();
  // The prompt is the session's first message (seq 1), and the plan run answers it.
  const promptId = MessageLog.newId();
  const session: SessionRecord & { status: 'thinking' } = {
    id: newId('ses'),
    owner,
    mode: input.mode,
    status: 'thinking',
    prompt: input.prompt,
    title: null,
    progress: PROGRESS.thinkingStart,
    video_id: null,
    options: {
      avatar_id: input.avatar_id,
      voice_id: input.voice_id,
      style_id: input.style_id,
      brand_kit_id: input.brand_kit_id,
      orientation: input.orientation,
      duration_sec: input.duration_sec,
      auto_proceed: input.auto_proceed,
      skip_agentic_stop: input.skip_agentic_stop,
      incognito_mode: input.incognito_mode,
      callback_url: input.callback_url,
      callback_id: input.callback_id,
    },
    storyboard_version: null,
    run: newRun(ctx, 'plan', { messageId: promptId }),
    error: null,
    usage: { input_tokens: 0, output_tokens: 0 },
    answered_seq: 1,
    created_at: now,
    updated_at: now,
  };
  await ctx.rows.insert(session);
  const uploads = await recordUploads(ctx, session, attachmentIds);
  await ctx.messages.append(session.id, { id: promptId, role: 'user', type: 'text', content: input.prompt, attachment_ids: attachmentIds, resource_ids: uploads });
  await wakeSession(ctx, session.id);
  ctx.rows.publishStatus(session);
  return session;
}
