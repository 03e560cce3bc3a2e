import type { SessionRun } from '../store/index.js';
import type { SessionContext } from './session-context.js';
import { activeStatuses } from './session-transitions.js';

/** Maps a run's 0..1 progress into the session's band [from, to], writing at most every 400 ms and only forwards. */
export function progressReporter(
  ctx: Pick<SessionContext, 'rows' | 'events' | 'now'>,
  sessionId: string,
  run: SessionRun,
  from: number,
  to: number,
): (fraction: number, stage: string) => void {
  let last = -1;
  let lastWrite = 0;
  return (fraction, stage) => {
    const value = Math.round(from + Math.min(1, Math.max(0, fraction)) * (to - from));
    if (value <= last) return;
    const now = ctx.now();
    if (now - lastWrite < 400 && fraction < 1) return;
    last = value;
    lastWrite = now;
    ctx.events.publish({ type: 'progress', session_id: sessionId, progress: value, stage });
    void ctx.rows.patch(sessionId, { progress: value }, { from: activeStatuses, runId: run.run_id }).catch(() => undefined);
  };
}
