import type { SessionRun } from '../../store/index.js';
import type { SessionContext } from '../session-context.js';
import { finishSession } from './finish-session.js';

/** Ends a run that threw (or outlived its deadline): the session fails with the reason in its messages. */
export async function failRun(ctx: SessionContext, sessionId: string, run: SessionRun | null, reason: string): Promise<void> {
  const videoId = run?.video_id ?? null;
  const updated = await ctx.rows.moveTo(sessionId, 'failed', {
    runId: run?.run_id ?? null,
    patch: { run: null, error: reason },
    announce: async (failed) => {
      if (videoId) await ctx.store.updateVideo(videoId, { status: 'failed', failure_code: 'render_failed', failure_message: reason });
      await ctx.messages.model(failed.id, 'error', reason);
    },
  });
  if (updated) await finishSession(ctx, updated, 'fail', { reason, videoId });
}
