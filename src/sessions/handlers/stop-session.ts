import type { SessionRecord, SessionRun } from '../../store/index.js';
import { findSession } from '../find-session.js';
import type { SessionContext } from '../session-context.js';
import { textFor } from '../session-language.js';
import { isActive } from '../session-transitions.js';
import { finishSession } from './finish-session.js';

/**
 * Stops the running turn or render: its signal aborts (killing ffmpeg), its video is marked stopped, and messages
 * queued behind it are dropped (the user asked for the work to stop). A chat waits for input; a generate-mode
 * session fails.
 */
export async function stopSession(ctx: SessionContext, owner: string, sessionId: string): Promise<SessionRecord> {
  let session = await findSession(ctx, owner, sessionId);
  // A stop that races the run's own step ("approved" → rendering) finds the session moved on: stop that instead.
  for (let attempt = 0; attempt < 3; attempt++) {
    if (!isActive(session.status) || !session.run) return session;
    const stopped = await stopRun(ctx, session, session.run);
    if (stopped) return stopped;
    session = (await ctx.store.getSession(session.id)) ?? session;
  }
  return session;
}

/** Stops the session's current run; null when the session moved on (another status or run) before it could. */
async function stopRun(ctx: SessionContext, session: SessionRecord, run: SessionRun): Promise<SessionRecord | null> {
  const ended = session.mode !== 'chat';
  const text = await textFor(ctx, session);
  const queued = await ctx.messages.queued(session);
  const updated = await ctx.rows.moveTo(session.id, ended ? 'failed' : 'waiting_for_input', {
    from: [session.status],
    runId: run.run_id,
    patch: { run: null, error: ended ? text.stoppedByUser : null, answered_seq: queued.at(-1)?.seq ?? session.answered_seq },
    announce: async (stopped) => {
      await ctx.queue.cancel(session.id);
      if (run.video_id) await ctx.store.updateVideo(run.video_id, { status: 'failed', failure_code: 'stopped', failure_message: text.stoppedByUser });
      await ctx.messages.model(stopped.id, ended ? 'error' : 'text', text.stopped(run.kind === 'render' ? 'render' : 'agent', ended, queued.length));
    },
  });
  if (!updated) return null;
  if (ended) await finishSession(ctx, updated, 'fail', { reason: text.stoppedByUser, videoId: run.video_id });
  return updated;
}
