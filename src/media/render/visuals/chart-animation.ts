import { open } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { createCanvas, ImageData } from '@napi-rs/canvas';
import type { ChartData } from '../../../storyboard/index.js';
import type { Box } from '../scene-geometry.js';
import type { ChartLook } from './chart-look.js';
import { CHART_ANIMATION_SEC, drawChart } from './draw-chart.js';

/** A chart's build-up is drawn at this rate (each frame held for two of the video's): smooth enough for growth. */
export const CHART_FPS = 15;

/** What a scene's moving chart is drawn from: its (even) box in the frame, the slide under it, the data and look. */
export interface ChartAnimation {
  box: Box;
  /** The still's pixels inside `box` without the chart (straight RGBA). */
  background: Uint8ClampedArray;
  /** Where `drawChart` draws within the frame (the chart's own box, inside `box`). */
  chartBox: Box;
  chart: ChartData;
  look: ChartLook;
}

/**
 * The scene frames (on the video's `fps` clock) of one segment part at which the chart is drawn: every
 * `fps / CHART_FPS`th frame from the part's start until the build-up (starting at scene frame `start`) is complete.
 * Empty when the part begins after it.
 */
export function chartFrames(fps: number, start: number, offset: number, frames: number): number[] {
  const step = fps / CHART_FPS;
  const end = start + Math.round(CHART_ANIMATION_SEC * fps);
  const out: number[] = [];
  for (let f = offset; f < offset + frames && f <= end + step - 1; f += step) out.push(f);
  return out;
}

/** The build-up at scene frame `frame`: 0 until `start`, 1 from CHART_ANIMATION_SEC later. */
export function chartProgressAt(frame: number, start: number, fps: number): number {
  return Math.min(1, Math.max(0, (frame - start) / (CHART_ANIMATION_SEC * fps)));
}

/**
 * Writes the chart's box at each of `sceneFrames` (raw RGBA, one after the other) to `path`, for ffmpeg to lay
 * over the still while the chart builds up; the last frame, complete, matches the still.
 */
export async function writeChartFrames(animation: ChartAnimation, sceneFrames: readonly number[], start: number, fps: number, path: string, signal?: AbortSignal): Promise<void> {
  const { box } = animation;
  const canvas = createCanvas(box.width, box.height);
  const ctx = canvas.getContext('2d');
  const background = new ImageData(animation.background, box.width, box.height);
  const file = await open(path, 'w');
  try {
    for (const frame of sceneFrames) {
      signal?.throwIfAborted();
      ctx.putImageData(background, 0, 0);
      ctx.save();
      ctx.translate(-box.x, -box.y);
      drawChart(ctx, animation.chart, animation.chartBox, animation.look, chartProgressAt(frame, start, fps));
      ctx.restore();
      const pixels = ctx.getImageData(0, 0, box.width, box.height).data;
      await file.write(Buffer.from(pixels.buffer, pixels.byteOffset, pixels.byteLength));
      // @napi-rs/canvas frees pixel buffers only when the event loop turns.
      await nextTurn();
    }
  } finally {
    await file.close();
  }
}
