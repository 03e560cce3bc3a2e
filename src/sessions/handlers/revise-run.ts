import { NO_PRESENTER, type ReviseResult } from '../../agent/index.js';
import { isCancelled } from '../../errors/index.js';
import type { SessionRecord, SessionRun } from '../../store/index.js';
import type { Storyboard } from '../../storyboard/index.js';
import { plannerContext } from '../planner-context.js';
import type { SessionContext } from '../session-context.js';
import { textFor } from '../session-language.js';
import { describeError } from '../session-runs.js';
import { acceptStoryboard, approveStoryboard } from './accept-storyboard.js';
import { pauseRun } from './pause-run.js';
import { activeStatuses } from '../session-transitions.js';

/** A revise run: a user message applied to the current storyboard (a change, an approval, or unclear). */
export async function runRevise(ctx: SessionContext, session: SessionRecord, run: SessionRun, signal: AbortSignal): Promise<void> {
  const version = session.storyboard_version;
  const message = run.message_id ? await ctx.store.getMessage(run.message_id) : null;
  if (version === null || !message) throw new Error((await textFor(ctx, session, null)).noStoryboardToRevise);
  const history = await ctx.drafts.history(session.id, version);
  const current = history[history.length - 1] as Storyboard;
  const overrides: { voice_id?: string; avatar_id?: string | null } = {};
  if (session.options.voice_id && session.options.voice_id !== current.voice_id) overrides.voice_id = session.options.voice_id;
  if (session.options.avatar_id && presenterOf(session.options.avatar_id) !== current.avatar_id) overrides.avatar_id = presenterOf(session.options.avatar_id);
  let result: ReviseResult;
  try {
    result = await ctx.planner.revise(
      { storyboard: current, history, message: message.content, attachments: await ctx.attachments.load(message.attachment_ids ?? []), overrides },
      await plannerContext(ctx, session, run, signal),
    );
  } catch (error) {
    if (isCancelled(error, signal)) throw error;
    // A planner failure on feedback must not end a chat: the last storyboard stays, the user can retry.
    ctx.logger.warn({ err: error, session_id: session.id }, 'revision failed');
    const text = await textFor(ctx, session, current);
    await pauseRun(ctx, session, run, 'reviewing', { type: 'error', content: text.couldNotRevise(describeError(error, text)) });
    return;
  }
  signal.throwIfAborted();
  switch (result.kind) {
    case 'unclear':
      await pauseRun(ctx, session, run, 'waiting_for_input', { type: 'text', content: result.message });
      return;
    case 'approved':
      if (result.storyboard && JSON.stringify(result.storyboard) !== JSON.stringify(current)) {
        await acceptStoryboard(ctx, await keepChatChoices(ctx, session, run, result.storyboard), run, { ...result.storyboard, version: version + 1 }, result.message, true, signal);
      } else {
        await approveStoryboard(ctx, session, run, current, result.message);
      }
      return;
    case 'revised':
      await acceptStoryboard(ctx, await keepChatChoices(ctx, session, run, result.storyboard), run, { ...result.storyboard, version: version + 1 }, result.message, session.options.auto_proceed, signal);
      return;
  }
}

/**
 * A voice or presenter changed by chat ("use a male voice", "no presenter") replaces the id the session was given,
 * so the next turn does not put the given one back as an override.
 */
async function keepChatChoices(ctx: SessionContext, session: SessionRecord, run: SessionRun, storyboard: Storyboard): Promise<SessionRecord> {
  const { voice_id: voice, avatar_id: avatar } = session.options;
  if ((!voice || voice === storyboard.voice_id) && (!avatar || presenterOf(avatar) === storyboard.avatar_id)) return session;
  const options = { ...session.options, voice_id: voice ? storyboard.voice_id : null, avatar_id: avatar ? (storyboard.avatar_id ?? NO_PRESENTER) : null };
  return (await ctx.rows.patch(session.id, { options }, { from: activeStatuses, runId: run.run_id })) ?? session;
}

/** The storyboard's avatar_id for a session's: "none" is no presenter. */
function presenterOf(avatarId: string): string | null {
  return avatarId === NO_PRESENTER ? null : avatarId;
}
