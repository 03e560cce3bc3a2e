import { AppError } from '../../errors/index.js';
import type { SessionRecord } from '../../store/index.js';
import { checkActiveLimit } from '../active-limit.js';
import { findSession } from '../find-session.js';
import type { SessionContext } from '../session-context.js';
import { runIdForMessage } from '../session-runs.js';
import type { SendMessageInput } from '../session-service.js';
import { isActive } from '../session-transitions.js';
import { recordUploads } from '../session-uploads.js';
import { validateSessionIds } from '../validate-session-ids.js';
import { startQueuedMessage } from './start-queued-message.js';

/**
 * A follow-up message in a chat. An idle session starts a run for it at once; a busy one (thinking or
 * generating) queues it, and it is answered when the current run ends, after any message queued before it.
 * Either way the answer's run id is known now.
 */
export async function sendMessage(ctx: SessionContext, owner: string, sessionId: string, input: SendMessageInput): Promise<{ session: SessionRecord; run_id: string }> {
  const session = await findSession(ctx, owner, sessionId);
  if (session.mode !== 'chat') {
    throw new AppError('conflict', 'Only chat-mode sessions take messages; this session was created with mode "generate".');
  }
  if (session.status === 'failed') throw new AppError('conflict', 'This session has failed; start a new one.');
  await validateSessionIds(ctx, { voice_id: input.voice_id, avatar_id: input.avatar_id, style_id: null, brand_kit_id: input.brand_kit_id }, owner);
  // A queued message joins work already counted; only one that starts a run adds to the key's active sessions.
  if (!isActive(session.status)) await checkActiveLimit(ctx, owner);
  const attachmentIds = await ctx.attachments.resolve(owner, input.files);
  const uploads = await recordUploads(ctx, session, attachmentIds);
  // Overrides hold for this turn and later ones: the runs read them when they start.
  const overridden = await ctx.rows.patch(session.id, {
    options: {
      ...session.options,
      voice_id: input.voice_id ?? session.options.voice_id,
      avatar_id: input.avatar_id ?? session.options.avatar_id,
      brand_kit_id: input.brand_kit_id ?? session.options.brand_kit_id,
      auto_proceed: session.options.auto_proceed || input.auto_proceed,
    },
  });
  const message = await ctx.messages.append(session.id, { role: 'user', type: 'text', content: input.message, attachment_ids: attachmentIds, resource_ids: uploads });
  const current = (await startQueuedMessage(ctx, session.id)) ?? overridden ?? session;
  return { session: current, run_id: runIdForMessage(message.id) };
}
