import type { SessionContext } from '../session-context.js';
import { textFor } from '../session-language.js';
import { timeoutMessage } from '../session-runs.js';
import { activeStatuses } from '../session-transitions.js';
import { failRun } from './fail-run.js';

/** The watchdog's sweep: a run past its deadline is cancelled and failed, so no session stays busy forever. */
export async function failOverdueRuns(ctx: SessionContext): Promise<void> {
  const now = ctx.now();
  for (const session of await ctx.store.findSessionsByStatus(activeStatuses)) {
    const run = session.run;
    if (!run || run.deadline_at > now) continue;
    await ctx.queue.cancel(session.id);
    await failRun(ctx, session.id, run, timeoutMessage(ctx, run, await textFor(ctx, session)));
  }
}
