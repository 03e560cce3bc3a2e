import { setImmediate as nextTurn } from 'node:timers/promises';
import { createCanvas } from '@napi-rs/canvas';
import type { PhonemeTiming } from '../../tts/index.js';
import { FPS } from '../plan-timeline.js';
import type { PresenterLayer } from '../presenter-layer.js';
import type { Box } from '../scene-geometry.js';
import { throwIfAborted } from './render-context.js';

/**
 * The presenter is drawn and piped at half the video's rate; ffmpeg's overlay holds each drawing for two
 * frames. Mouth shapes and sway read fine at 15 fps, and drawing, piping and converting the box (the
 * render's largest cost after x264) halve.
 */
export const PRESENTER_FPS = 15;

export interface PresenterFrames {
  presenter: PresenterLayer;
  /** On the scene's own clock. */
  phonemes: readonly PhonemeTiming[];
  seed: string;
  box: Box;
  /** The part's first frame within the scene, and its length, in video frames. */
  offset: number;
  frames: number;
  signal: AbortSignal | undefined;
}

/** Writes the presenter's box as raw straight RGBA, PRESENTER_FPS frames a second, into ffmpeg's stdin. */
export function pipePresenterFrames(o: PresenterFrames): (pipe: NodeJS.WritableStream) => Promise<void> {
  return async (pipe) => {
    const { box } = o;
    const draw = o.presenter.sceneDrawer({ phonemes: o.phonemes, seed: o.seed, box, fps: FPS });
    const canvas = createCanvas(box.width, box.height);
    const ctx = canvas.getContext('2d');
    const step = FPS / PRESENTER_FPS;
    for (let frame = 0; frame < o.frames; frame += step) {
      throwIfAborted(o.signal);
      ctx.clearRect(0, 0, box.width, box.height);
      draw(ctx, o.offset + frame);
      // getImageData's straight (un-premultiplied) RGBA costs about what data() does (both are
      // dominated by rasterising), while un-premultiplying in ffmpeg cost ~6 ms a frame for the side box.
      const pixels = ctx.getImageData(0, 0, box.width, box.height).data;
      if (!pipe.write(Buffer.from(pixels.buffer, pixels.byteOffset, pixels.byteLength))) await new Promise((r) => pipe.once('drain', r));
      // @napi-rs/canvas frees pixel buffers only when the event loop turns.
      if (frame % 30 === 30 - step) await nextTurn();
    }
  };
}
