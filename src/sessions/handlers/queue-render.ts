import type { SessionRecord, SessionRun } from '../../store/index.js';
import type { Storyboard } from '../../storyboard/index.js';
import type { SessionContext } from '../session-context.js';
import type { SessionPatch } from '../session-writer.js';
import { newRun, PROGRESS, wakeSession } from '../session-runs.js';
import { createVideo } from '../session-videos.js';

/**
 * Ends a thinking run by starting the render of `storyboard`: the video row exists (`pending`) and the session's
 * `video_id` names it from this moment, replacing the previous video's id.
 */
export async function queueRender(
  ctx: SessionContext,
  session: SessionRecord,
  run: SessionRun,
  storyboard: Storyboard,
  options: { patch?: SessionPatch; announce: (updated: SessionRecord) => Promise<void> },
): Promise<void> {
  await ctx.usage.flushed(session.id);
  const video = await createVideo(ctx, session, storyboard, run);
  const updated = await ctx.rows.moveTo(session.id, 'generating', {
    from: ['thinking'],
    runId: run.run_id,
    patch: { ...options.patch, progress: PROGRESS.thinkingEnd, video_id: video.id, run: newRun(ctx, 'render', { videoId: video.id }) },
    announce: options.announce,
  });
  if (updated) await wakeSession(ctx, session.id);
}
