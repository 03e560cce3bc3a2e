import { rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Scene } from '../../../storyboard/index.js';
import type { PhonemeTiming } from '../../tts/index.js';
import { buildAss, captionChangeFrames } from '../build-ass.js';
import { buildSegmentGraph, type SegmentMedia } from '../build-segment-graph.js';
import type { CaptionCue } from '../caption-cues.js';
import { mediaPlacement } from '../media-placement.js';
import { FPS, type TimelineScene } from '../plan-timeline.js';
import { contentHash } from '../render-cache.js';
import type { Box } from '../scene-geometry.js';
import type { Still } from './draw-stills.js';
import type { SceneMediaFile } from './load-media.js';
import { pipePresenterFrames, PRESENTER_FPS } from './pipe-presenter-frames.js';
import type { SegmentPart } from './plan-segment-parts.js';
import type { RenderContext } from './render-context.js';
import { buildKineticAss, CHART_FPS, chartFrames, kineticChangeFrames, writeChartFrames, type ChartAnimation, type KineticPlacement, type KineticWord } from '../visuals/index.js';

/** Bump when a change to drawing or encoding would make cached segments wrong. */
const SEGMENT_VERSION = 'seg-v7';
/** An image's slow pan or zoom steps at this rate (each step moves well under two pixels). */
const MOTION_FPS = 15;
// Two frame threads per encoder: up to four encoders run at once (two segments × clean/captioned) on two
// cores, and x264's default (1.5 × cores, plus lookahead) holds more frames in memory for no gain here.
const X264 = ['-c:v', 'libx264', '-preset', 'veryfast', '-crf', '23', '-pix_fmt', 'yuv420p', '-threads', '2'];
/**
 * The captioned copy is the same picture plus captions, so it searches motion with superfast's diamond and
 * one subpixel pass (veryfast's rate control and lookahead kept): measured on the bench's segments, its encode
 * costs about a quarter less for 5 % more bytes and an SSIM within 0.001 of veryfast's.
 */
const CAPTIONED_X264 = [...X264, '-x264-params', 'me=dia:subme=1'];
/** Constant frame rate makes ffmpeg emit exactly one frame per 1/30 s; variable passes the kept frames' own times. */
const frameRateArgs = (constant: boolean) => (constant ? ['-r', String(FPS)] : ['-vsync', 'vfr']);

/** Everything one segment is made of (and keyed by). */
export interface SegmentJob {
  part: SegmentPart;
  /** Its place among the render's parts (names its scratch files). */
  partIndex: number;
  scene: Scene;
  t: TimelineScene;
  still: Still;
  /** What an incoming transition starts from: the previous scene's last look; null without a transition. */
  previous: { path: string; hash: string } | null;
  /** The scene's moving media (null when its media, if any, is in the still). */
  moving: SceneMediaFile | null;
  /** The presenter's (even) box, or null for none. */
  box: Box | null;
  /** On the scene's own clock. */
  phonemes: PhonemeTiming[];
  /** The part's cues on its own clock; null with captions off. */
  cues: CaptionCue[] | null;
  fadeIn: number;
  fadeOut: number;
  /** The scene's chart building up from scene frame `chartStart`, or null. */
  chart: ChartAnimation | null;
  chartStart: number;
  /** The scene's key words on the part's clock and where they go, or null for none. */
  kinetic: { words: KineticWord[]; placement: KineticPlacement } | null;
}

export interface EncodedSegment {
  clean: string;
  /** The clean file when captions are off. */
  captioned: string;
  seconds: number;
  /** The cache step (`segment:<hash>`) holding the files. */
  stepId: string;
}

/** One segment, clean and captioned, from the cache or encoded by one ffmpeg run. */
export async function encodeSegment(ctx: RenderContext, job: SegmentJob): Promise<EncodedSegment> {
  const key = segmentKey(ctx, job);
  const names = job.cues ? ['clean.mp4', 'captioned.mp4'] : ['clean.mp4'];
  const [clean, captioned] = await ctx.cache.step(`segment:${key}`, names, ([cleanOut, capOut]) => runSegmentEncode(ctx, job, cleanOut!, capOut));
  return { clean: clean!, captioned: captioned ?? clean!, seconds: job.part.frames / FPS, stepId: `segment:${key}` };
}

function segmentKey(ctx: RenderContext, job: SegmentJob): string {
  const { part, t, box, cues } = job;
  return contentHash(
    SEGMENT_VERSION,
    ctx.constantFrameRate ? 'cfr' : 'vfr',
    `${ctx.width}x${ctx.height}@${FPS}`,
    job.still.hash,
    JSON.stringify({ frames: part.frames, offset: part.offset, sceneFrames: t.frames, transition: part.transition ? t.transition : null, fadeIn: job.fadeIn, fadeOut: job.fadeOut }),
    job.previous ? job.previous.hash : '',
    job.moving ? JSON.stringify({ media: job.scene.media, fp: job.moving.fingerprint }) : '',
    box ? JSON.stringify({ look: ctx.presenter!.key, box, phonemes: job.phonemes, seed: job.scene.id }) : '',
    cues ? JSON.stringify({ partCues: cues, style: ctx.style.captions, font: ctx.style.fonts.body }) : 'no-captions',
    job.chart ? JSON.stringify({ chart: job.chart.chart, box: job.chart.box, at: job.chart.chartBox, look: job.chart.look, start: job.chartStart }) : '',
    job.kinetic ? JSON.stringify({ kinetic: job.kinetic, font: ctx.style.fonts.heading }) : '',
  );
}

async function runSegmentEncode(ctx: RenderContext, job: SegmentJob, cleanOut: string, capOut: string | undefined): Promise<void> {
  const { width, height, workDir } = ctx;
  const { part, t, box, cues } = job;
  const stem = join(workDir, `part-${String(job.partIndex).padStart(3, '0')}`);
  const inputs: string[] = ['-framerate', String(FPS), '-i', job.still.path];
  if (job.previous) inputs.push('-framerate', String(FPS), '-i', job.previous.path);
  const media = job.moving ? mediaInputs(ctx, job, job.moving, inputs) : null;
  let presenterInput: { input: number; box: Box; frameStep: number } | null = null;
  if (box) {
    presenterInput = { input: inputs.filter((a) => a === '-i').length, box, frameStep: FPS / PRESENTER_FPS };
    inputs.push('-f', 'rawvideo', '-pix_fmt', 'rgba', '-s', `${box.width}x${box.height}`, '-framerate', String(PRESENTER_FPS), '-i', 'pipe:0');
  }
  const keepFrames: number[] = [];
  const chart = job.chart ? await chartInput(ctx, job, job.chart, stem, inputs, keepFrames) : null;
  let kinetic: { assFile: string; fontsDir: string } | null = null;
  if (job.kinetic && job.kinetic.words.length > 0) {
    await writeFile(`${stem}.kinetic.ass`, buildKineticAss(job.kinetic.words, job.kinetic.placement, { width, height, font: ctx.style.fonts.heading }));
    kinetic = { assFile: basename(`${stem}.kinetic.ass`), fontsDir: 'fonts' };
    keepFrames.push(...kineticChangeFrames(job.kinetic.words, FPS));
  }
  let assFile: string | null = null;
  if (cues) {
    assFile = `${stem}.ass`;
    await writeFile(assFile, buildAss(cues, { width, height, style: ctx.style, font: ctx.style.fonts.body }));
  }
  const graph = buildSegmentGraph({
    fps: FPS, width, height, frames: part.frames, frameOffset: part.offset, sceneFrames: t.frames,
    transition: t.transition, transitionFrames: part.transition ? part.frames : 0,
    fadeInFrames: job.fadeIn, fadeOutFrames: job.fadeOut, media, presenter: presenterInput,
    captions: assFile && cues ? { assFile: basename(assFile), fontsDir: 'fonts', changeFrames: captionChangeFrames(cues, FPS) } : null,
    dropRepeatedFrames: !ctx.constantFrameRate, chart, kinetic, keepFrames,
  });
  await writeFile(`${stem}.graph`, graph.graph);
  const output = [...frameRateArgs(ctx.constantFrameRate), '-an', '-f', 'mp4'];
  const args = [...inputs, '-filter_complex_script', basename(`${stem}.graph`), '-map', graph.clean, ...X264, ...output, cleanOut];
  if (graph.captioned) args.push('-map', graph.captioned, ...CAPTIONED_X264, ...output, capOut!);
  const stdin = box
    ? pipePresenterFrames({ presenter: ctx.presenter!, phonemes: job.phonemes, seed: job.scene.id, box, offset: part.offset, frames: part.frames, signal: ctx.signal })
    : undefined;
  try {
    await ctx.ffmpeg(args, { cwd: workDir, stdin });
  } finally {
    if (chart) await rm(`${stem}.chart.rgba`, { force: true });
  }
}

/**
 * Draws the chart's build-up frames that fall in this part into a raw file and adds it to `inputs` (null when the
 * part starts after the build-up); the frames it changes on go into `keepFrames`.
 */
async function chartInput(ctx: RenderContext, job: SegmentJob, chart: ChartAnimation, stem: string, inputs: string[], keepFrames: number[]): Promise<{ input: number; box: Box } | null> {
  const { part } = job;
  const frames = chartFrames(FPS, job.chartStart, part.offset, part.frames);
  if (frames.length === 0) return null;
  const raw = `${stem}.chart.rgba`;
  await writeChartFrames(chart, frames, job.chartStart, FPS, raw, ctx.signal);
  const input = inputs.filter((a) => a === '-i').length;
  inputs.push('-f', 'rawvideo', '-pix_fmt', 'rgba', '-s', `${chart.box.width}x${chart.box.height}`, '-framerate', String(CHART_FPS), '-i', raw);
  const local = frames.map((f) => f - part.offset);
  keepFrames.push(...local, local[local.length - 1]! + FPS / CHART_FPS);
  return { input, box: chart.box };
}

/** Adds the moving media's inputs (and the layer over it) to `inputs`; returns how the graph lays them. */
function mediaInputs(ctx: RenderContext, job: SegmentJob, file: SceneMediaFile, inputs: string[]): SegmentMedia {
  const { part } = job;
  const place = mediaPlacement({ width: ctx.width, height: ctx.height, storyboard: ctx.storyboard, sceneIndex: part.scene, style: ctx.style, media: file.image, reservePresenter: job.box !== null });
  const mediaInput = inputs.filter((a) => a === '-i').length;
  if (file.kind === 'video') {
    // Looped as long as needed and started where this part starts in the scene.
    inputs.push('-stream_loop', '-1', ...(part.offset > 0 ? ['-ss', (part.offset / FPS).toFixed(3)] : []), '-t', (part.frames / FPS + 1).toFixed(3), '-i', file.path);
  } else inputs.push('-i', file.path);
  const top = job.still.top;
  if (top) inputs.push('-i', top);
  return {
    kind: file.kind, input: mediaInput, box: place.box, fit: place.fit, motion: job.scene.media!.motion, topInput: top ? mediaInput + 1 : null,
    frameStep: file.kind === 'image' ? FPS / MOTION_FPS : 1,
  };
}
