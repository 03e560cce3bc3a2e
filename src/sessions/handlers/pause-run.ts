import type { MessageRecord, SessionRecord, SessionRun } from '../../store/index.js';
import type { SessionContext } from '../session-context.js';
import type { SessionPatch } from '../session-writer.js';
import { PROGRESS } from '../session-runs.js';
import { startQueuedMessage } from './start-queued-message.js';

export interface PauseAnswer {
  type: MessageRecord['type'];
  content: string;
  resourceIds?: string[];
}

/**
 * Ends a thinking run by waiting for the user: `reviewing` (a storyboard to look at) or `waiting_for_input`
 * (a question, or an error the user can answer). A queued message then starts the next run.
 */
export async function pauseRun(
  ctx: SessionContext,
  session: SessionRecord,
  run: SessionRun,
  to: 'reviewing' | 'waiting_for_input',
  answer: PauseAnswer,
  patch: SessionPatch = {},
): Promise<void> {
  // The turn's token counts are written before its result is visible.
  await ctx.usage.flushed(session.id);
  const reviewable = patch.storyboard_version ?? session.storyboard_version;
  const status = to === 'reviewing' && reviewable === null ? 'waiting_for_input' : to;
  const updated = await ctx.rows.moveTo(session.id, status, {
    from: ['thinking'],
    runId: run.run_id,
    patch: { ...patch, progress: PROGRESS.thinkingEnd, run: null },
    announce: async (paused) => void (await ctx.messages.model(paused.id, answer.type, answer.content, answer.resourceIds)),
  });
  if (updated) await startQueuedMessage(ctx, session.id);
}
