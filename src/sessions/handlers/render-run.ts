import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { SessionRecord, SessionRun } from '../../store/index.js';
import { progressReporter } from '../progress-reporter.js';
import type { SessionContext } from '../session-context.js';
import { textFor } from '../session-language.js';
import { visualCredits } from '../../media/index.js';
import { PROGRESS } from '../session-runs.js';
import { publishVideo } from '../session-videos.js';
import { finishSession } from './finish-session.js';
import { startQueuedMessage } from './start-queued-message.js';

/** A render run: the current storyboard to an MP4 (and its captions, thumbnail, GIF), then `completed`. */
export async function runRender(ctx: SessionContext, session: SessionRecord, run: SessionRun, signal: AbortSignal): Promise<void> {
  const videoId = run.video_id;
  const version = session.storyboard_version;
  if (!videoId || version === null) throw new Error((await textFor(ctx, session, null)).renderHasNoVideo);
  const storyboard = await ctx.drafts.load(session.id, version);
  await ctx.store.updateVideo(videoId, { status: 'processing' });
  const workDir = join(ctx.dataDir, 'tmp', `${videoId}-${run.attempt}`);
  await mkdir(workDir, { recursive: true });
  try {
    const progress = progressReporter(ctx, session.id, run, PROGRESS.thinkingEnd, PROGRESS.renderEnd);
    const output = await ctx.renderer.renderVideo(storyboard, { workDir, resolveAsset: ctx.resolveAsset, signal, onProgress: (p) => progress(p.fraction, p.stage) });
    signal.throwIfAborted();
    const { resourceId, duration } = await publishVideo(ctx, session, videoId, storyboard, output);
    const text = await textFor(ctx, session, storyboard);
    const updated = await ctx.rows.moveTo(session.id, 'completed', {
      from: ['generating'],
      runId: run.run_id,
      patch: { run: null, progress: 100, video_id: videoId },
      announce: async (done) => void (await ctx.messages.model(done.id, 'resource', withCredits(text.videoReady(duration, storyboard.orientation, videoId), storyboard), [resourceId])),
    });
    if (!updated) return;
    // A message sent during the render is a revision of what was just rendered.
    await startQueuedMessage(ctx, session.id);
    await finishSession(ctx, updated, 'success');
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** The "video is ready" message, with the credits its stock footage, photos and pictures ask for under it. */
function withCredits(message: string, storyboard: Parameters<typeof visualCredits>[0]): string {
  const credits = visualCredits(storyboard);
  return credits.length ? `${message}\n\nCredits: ${credits.join(' · ')}` : message;
}
