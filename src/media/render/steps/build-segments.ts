import { SCENE_LEAD_SEC } from '../../../storyboard/index.js';
import { shiftCue } from '../caption-cues.js';
import { FPS } from '../plan-timeline.js';
import { evenBox } from '../scene-geometry.js';
import type { Stills } from './draw-stills.js';
import { encodeSegment, type EncodedSegment, type SegmentJob } from './encode-segment.js';
import { sceneMediaFile, type LoadedMedia } from './load-media.js';
import type { Timeline } from './plan-scene-timeline.js';
import { planSegmentParts, type SegmentPart } from './plan-segment-parts.js';
import type { RenderContext } from './render-context.js';
import type { RenderStep } from './render-step.js';
import type { Narration } from './synthesize-narration.js';
import type { Captions } from './write-captions.js';
import { kineticPlacement, pickKineticWords } from '../visuals/index.js';

const FADE_OUT_SEC = 0.5;

export type BuildSegmentsInput = Pick<Stills, 'stills'> & Pick<LoadedMedia, 'media'> & Narration & Timeline & Pick<Captions, 'sceneCues' | 'captionsOn'> & {
  /** Only the segments of these scenes (a render split across workers); null for all. */
  only: ReadonlySet<number> | null;
};

export interface Segments {
  /** In video order. */
  segments: (EncodedSegment & { scene: number; transition: boolean })[];
}

/**
 * Every scene's segments (see planSegmentParts), `concurrency` at a time, each from the cache or encoded by one
 * ffmpeg run that holds the still and lays the moving media, the presenter and the captions over it.
 */
export const buildSegments: RenderStep<BuildSegmentsInput, Segments> = {
  id: 'build-segments',
  stage: 'encode',
  weight: 0.675,
  async run(input, ctx, progress) {
    const parts = planSegmentParts(input.timeline)
      .map((part, partIndex) => ({ part, partIndex }))
      .filter(({ part }) => input.only === null || input.only.has(part.scene));
    const segments: Segments['segments'] = new Array(parts.length);
    let framesDone = 0;
    await runLimited(ctx.concurrency, parts.map(({ part, partIndex }, i) => async () => {
      segments[i] = { scene: part.scene, transition: part.transition, ...(await encodeSegment(ctx, segmentJob(ctx, input, part, partIndex))) };
      framesDone += part.frames;
      progress(framesDone / input.totalFrames);
    }));
    return { segments };
  },
};

function segmentJob(ctx: RenderContext, input: BuildSegmentsInput, part: SegmentPart, partIndex: number): SegmentJob {
  const { timeline } = input;
  const index = part.scene;
  const scene = ctx.storyboard.scenes[index]!;
  const t = timeline[index]!;
  const still = input.stills[index]!;
  const placement = ctx.presenter ? scene.presenter : 'none';
  const offsetSec = part.offset / FPS;
  return {
    part, partIndex, scene, t, still,
    previous: part.transition ? (input.stills[index - 1]!.lastLook ?? input.stills[index - 1]!) : null,
    moving: still.moving ? sceneMediaFile(input.media, scene) : null,
    box: ctx.presenter && placement !== 'none' ? evenBox(ctx.presenter.box(placement, ctx.width, ctx.height)) : null,
    phonemes: (input.syntheses[index]?.phonemes ?? []).map((p) => ({ ...p, start: p.start + SCENE_LEAD_SEC, end: p.end + SCENE_LEAD_SEC })),
    cues: input.captionsOn ? input.sceneCues[index]!.map((cue) => shiftCue(cue, -offsetSec)).filter((cue) => cue.end > 0 && cue.start < part.frames / FPS) : null,
    fadeIn: index === 0 && t.transitionFrames > 0 ? Math.min(t.transitionFrames, part.frames) : 0,
    fadeOut: index === timeline.length - 1 && !part.transition ? Math.min(Math.round(FADE_OUT_SEC * FPS), Math.floor(part.frames / 2)) : 0,
    chart: still.chart,
    chartStart: t.transitionFrames,
    kinetic: kineticJob(ctx, input, part),
  };
}

/** The scene's key words (picked from its caption words) on the part's clock, with their place; null for none. */
function kineticJob(ctx: RenderContext, input: BuildSegmentsInput, part: SegmentPart): SegmentJob['kinetic'] {
  const scene = ctx.storyboard.scenes[part.scene]!;
  const file = sceneMediaFile(input.media, scene);
  const fullBleed = scene.layout === 'media' && (scene.media?.fit ?? 'cover') === 'cover' && file?.image != null;
  const reservePresenter = ctx.presenter !== null && scene.presenter !== 'none';
  const placement = kineticPlacement({ width: ctx.width, height: ctx.height, storyboard: ctx.storyboard, style: ctx.style, reservePresenter }, scene, fullBleed);
  if (!placement) return null;
  const sceneEnd = input.timeline[part.scene]!.frames / FPS;
  const words = pickKineticWords(input.sceneCues[part.scene]!.flatMap((cue) => cue.words), { language: ctx.storyboard.language, headline: scene.headline, sceneEnd });
  const offset = part.offset / FPS;
  const partWords = words.map((w) => ({ ...w, start: w.start - offset, end: w.end - offset })).filter((w) => w.end > 0 && w.start < part.frames / FPS);
  return partWords.length > 0 ? { words: partWords, placement } : null;
}

/** Runs `tasks` with at most `limit` at a time; the first failure rejects (the others still settle). */
async function runLimited(limit: number, tasks: (() => Promise<void>)[]): Promise<void> {
  let next = 0;
  let failure: unknown = null;
  const worker = async () => {
    while (next < tasks.length && failure === null) {
      const task = tasks[next++]!;
      try {
        await task();
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, limit) }, worker));
  if (failure !== null) throw failure;
}
