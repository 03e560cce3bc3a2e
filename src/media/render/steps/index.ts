import { buildSegments } from './build-segments.js';
import { drawStills } from './draw-stills.js';
import { loadMedia } from './load-media.js';
import { makeGif } from './make-gif.js';
import { measureOutput } from './measure-output.js';
import { mixSoundtrack } from './mix-soundtrack.js';
import { muxVideo } from './mux-video.js';
import { planSceneTimeline } from './plan-scene-timeline.js';
import type { AnyRenderStep } from './render-step.js';
import { synthesizeNarration } from './synthesize-narration.js';
import { writeCaptions } from './write-captions.js';

/**
 * The render's steps in the order renderVideo starts them (steps on one line of the orchestrator run at once).
 * Their weights sum to 1 and lay out the progress bar in this order. A new step: a file here and one line
 * in this list and in render-video.ts.
 */
export const RENDER_STEPS: readonly AnyRenderStep[] = [
  loadMedia,
  synthesizeNarration,
  drawStills,
  planSceneTimeline,
  writeCaptions,
  mixSoundtrack,
  buildSegments,
  muxVideo,
  makeGif,
  measureOutput,
];

export { buildSegments, drawStills, loadMedia, makeGif, measureOutput, mixSoundtrack, muxVideo, planSceneTimeline, synthesizeNarration, writeCaptions };
export { createRenderCache, createRenderContext, throwIfAborted, type RenderContext } from './render-context.js';
export { createStepRunner, type StepRunner } from './create-step-runner.js';
export { planSegmentParts, type SegmentPart } from './plan-segment-parts.js';
export type { AnyRenderStep, RenderStep } from './render-step.js';
