import { CancelledError } from '../../errors/index.js';
import type { Storyboard } from '../../storyboard/index.js';
import { withStockMedia } from './visuals/index.js';
import type { RenderOutput, RenderVideoOptions, SceneSegmentsOptions, SceneSegmentsOutput } from './render-video-options.js';
import {
  buildSegments, createRenderCache, createRenderContext, createStepRunner, drawStills, loadMedia, makeGif, measureOutput, mixSoundtrack,
  muxVideo, planSceneTimeline, RENDER_STEPS, synthesizeNarration, writeCaptions, type RenderContext, type StepRunner,
} from './steps/index.js';

/**
 * Storyboard → MP4, as the steps of RENDER_STEPS (src/media/render/steps/). Narration is synthesised per scene
 * (cached) while each scene is drawn once as a still; each scene is encoded as its own H.264 segments (clean and
 * captioned), keyed by a hash of its pixels, timing, captions and presenter, so unchanged scenes come from the
 * cache. The soundtrack (narration, music, clip sound; -16 LUFS) is mixed once, alongside the segments, and the
 * segments are joined by the concat demuxer without re-encoding, the GIF preview alongside.
 */
export async function renderVideo(storyboard: Storyboard, options: RenderVideoOptions): Promise<RenderOutput> {
  return withSteps(storyboard, options, async (run, ctx) => {
    const { media, logo } = await run(loadMedia, {});
    const [{ syntheses }, { stills, thumbnailPath }] = await Promise.all([run(synthesizeNarration, {}), run(drawStills, { media, logo })]);
    const timeline = await run(planSceneTimeline, { syntheses });
    const captions = await run(writeCaptions, { syntheses, timeline: timeline.timeline });
    const [{ audioPath }, { segments }] = await Promise.all([
      run(mixSoundtrack, { syntheses, media, ...timeline }),
      run(buildSegments, { stills, media, syntheses, ...timeline, ...captions, only: null }),
    ]);
    const [video, { gifPath }] = await Promise.all([
      run(muxVideo, { segments, audioPath, captionsOn: captions.captionsOn }),
      run(makeGif, { segments, totalSec: timeline.totalSec }),
    ]);
    const measured = await run(measureOutput, { videoPath: video.videoPath, timeline: timeline.timeline });
    const { subtitlePath, vttPath } = captions;
    return { ...video, thumbnailPath, subtitlePath, vttPath, gifPath, ...measured, cache: cacheCounts(ctx) };
  });
}

/**
 * The segments of some scenes only, encoded into the cache exactly as renderVideo would encode them (the same
 * steps before them, the same keys), with no soundtrack, concatenation or GIF: a render split across workers
 * has each build some scenes, and the full renderVideo that follows finds them in the cache.
 */
export async function renderSceneSegments(storyboard: Storyboard, options: SceneSegmentsOptions): Promise<SceneSegmentsOutput> {
  for (const index of options.scenes) {
    if (!Number.isInteger(index) || index < 0 || index >= storyboard.scenes.length) throw new RangeError(`No scene ${index} in a storyboard of ${storyboard.scenes.length}`);
  }
  return withSteps(storyboard, options, async (run, ctx) => {
    const { media, logo } = await run(loadMedia, {});
    const [{ syntheses }, { stills }] = await Promise.all([run(synthesizeNarration, {}), run(drawStills, { media, logo })]);
    const timeline = await run(planSceneTimeline, { syntheses });
    const captions = await run(writeCaptions, { syntheses, timeline: timeline.timeline });
    const { segments } = await run(buildSegments, { stills, media, syntheses, ...timeline, ...captions, only: new Set(options.scenes) });
    return { segments, cache: cacheCounts(ctx) };
  });
}

/** Runs `body` with the render's context and step runner; once the signal has fired, any failure is a CancelledError. */
async function withSteps<T>(storyboard: Storyboard, options: RenderVideoOptions, body: (run: StepRunner, ctx: RenderContext) => Promise<T>): Promise<T> {
  const cache = createRenderCache(options);
  try {
    // Stock clips, photos and generated images are drawn as the user's media are (their files fetched if missing).
    const stock = await withStockMedia(storyboard, options.resolveAsset, options.visualMedia, options.signal);
    const ctx = createRenderContext(stock.storyboard, { ...options, resolveAsset: stock.resolveAsset }, cache, storyboard);
    return await body(createStepRunner(RENDER_STEPS, ctx, options), ctx);
  } catch (error) {
    if (options.signal?.aborted && !(error instanceof CancelledError)) throw new CancelledError();
    throw error;
  }
}

function cacheCounts(ctx: RenderContext): { hits: string[]; misses: string[] } {
  return { hits: [...ctx.cache.hits], misses: [...ctx.cache.misses] };
}
