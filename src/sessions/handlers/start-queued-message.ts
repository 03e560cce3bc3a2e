import type { SessionRecord } from '../../store/index.js';
import type { SessionContext } from '../session-context.js';
import { newRun, PROGRESS, wakeSession } from '../session-runs.js';
import { isMessageable } from '../session-transitions.js';

/**
 * Starts the run for the oldest queued user message, if the session is idle and has one. Called when a message
 * arrives and whenever a run ends, so messages sent while the agent was busy are answered in order, one run each.
 * Returns the session as it now is (or null when it is gone).
 */
export async function startQueuedMessage(ctx: SessionContext, sessionId: string): Promise<SessionRecord | null> {
  for (;;) {
    const session = await ctx.store.getSession(sessionId);
    if (!session || session.mode !== 'chat' || session.run || !isMessageable(session.status)) return session;
    const next = (await ctx.messages.queued(session))[0];
    if (!next) return session;
    const run = newRun(ctx, session.storyboard_version === null ? 'plan' : 'revise', { messageId: next.id });
    const started = await ctx.rows.moveTo(session.id, 'thinking', {
      from: [session.status],
      runId: null,
      patch: { run, progress: PROGRESS.thinkingStart, error: null, answered_seq: next.seq },
    });
    if (started) {
      await wakeSession(ctx, session.id);
      return started;
    }
    // Another process or request moved the session first: look again.
  }
}
