import type { SessionRecord, SessionRun } from '../../store/index.js';
import type { SessionContext } from '../session-context.js';
import { textFor } from '../session-language.js';
import { MAX_RUN_ATTEMPTS, timeoutFor, wakeSession } from '../session-runs.js';
import { failRun } from './fail-run.js';

/** A session left thinking or generating by a previous process: its run starts again (attempt + 1), or gives up. */
export async function resumeSession(ctx: SessionContext, session: SessionRecord): Promise<void> {
  const run = session.run;
  const text = await textFor(ctx, session);
  if (!run) {
    await failRun(ctx, session.id, null, text.lostTrack);
    return;
  }
  if (run.attempt >= MAX_RUN_ATTEMPTS) {
    await failRun(ctx, session.id, run, text.gaveUpAfterRestarts(run.attempt));
    return;
  }
  const resumed: SessionRun = { ...run, attempt: run.attempt + 1, deadline_at: ctx.now() + timeoutFor(ctx, run.kind) };
  const updated = await ctx.rows.patch(session.id, { run: resumed }, { from: [session.status], runId: run.run_id });
  if (!updated) return;
  ctx.logger.info({ session_id: session.id, kind: run.kind, attempt: resumed.attempt }, 'resuming session');
  await wakeSession(ctx, session.id);
}
