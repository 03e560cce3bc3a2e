import type { Job } from '../../jobs/index.js';
import { isCancelled } from '../../errors/index.js';
import { isDatabaseUnavailable, type SessionRecord, type SessionRun } from '../../store/index.js';
import type { SessionContext } from '../session-context.js';
import { textFor } from '../session-language.js';
import { describeError, timeoutMessage } from '../session-runs.js';
import { isActive } from '../session-transitions.js';
import { failRun } from './fail-run.js';
import { runPlan } from './plan-run.js';
import { runRender } from './render-run.js';
import { runRevise } from './revise-run.js';

type RunHandler = (ctx: SessionContext, session: SessionRecord, run: SessionRun, signal: AbortSignal) => Promise<void>;

/** One handler per kind of run; the compiler insists every kind has one. */
export const runHandlers: Record<SessionRun['kind'], RunHandler> = { plan: runPlan, revise: runRevise, render: runRender };

/**
 * A queue job: "look at this session now". Runs the session's current run with a signal that fires at its
 * deadline or when the queue aborts it; a run that throws fails the session with the reason.
 */
export async function runSessionJob(ctx: SessionContext, job: Job, queueSignal: AbortSignal): Promise<void> {
  const sessionId = (job.data as { session_id: string }).session_id;
  const session = await ctx.store.getSession(sessionId);
  if (!session?.run || !isActive(session.status)) return;
  const run = session.run;
  const remainingMs = Math.max(1, run.deadline_at - ctx.now());
  const signal = AbortSignal.any([queueSignal, AbortSignal.timeout(remainingMs)]);
  const log = ctx.logger.child({ session_id: session.id, run_id: run.run_id, kind: run.kind, attempt: run.attempt });
  log.info('run started');
  try {
    await runHandlers[run.kind](ctx, session, run, signal);
    log.info('run finished');
  } catch (error) {
    const timedOut = signal.aborted && !queueSignal.aborted;
    if (isCancelled(error, signal) && !timedOut) {
      log.info('run cancelled');
      return;
    }
    // PostgreSQL unreachable (restarting) is not the run's failure: the queue runs it again once it is back.
    if (isDatabaseUnavailable(error)) throw error;
    log.warn({ err: error }, 'run failed');
    const text = await textFor(ctx, session);
    await failRun(ctx, session.id, run, timedOut ? timeoutMessage(ctx, run, text) : describeError(error, text));
  }
}
