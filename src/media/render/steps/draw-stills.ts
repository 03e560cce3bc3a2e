import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { createCanvas, type Canvas } from '@napi-rs/canvas';
import { motionEnd } from '../build-segment-graph.js';
import { drawScene } from '../draw-scene.js';
import { mediaPlacement } from '../media-placement.js';
import { contentHash } from '../render-cache.js';
import type { SceneDrawing } from '../scene-drawing.js';
import { evenBox } from '../scene-geometry.js';
import { sceneMediaFile, type LoadedMedia } from './load-media.js';
import { throwIfAborted, type RenderContext } from './render-context.js';
import type { RenderStep } from './render-step.js';
import { chartAnimationFor } from './chart-still.js';
import type { ChartAnimation } from '../visuals/index.js';

export interface Still {
  /** The scene as a JPEG (without its media when that moves: ffmpeg lays the media over it). */
  path: string;
  /** Of the still's bytes (and its top layer's): keys the scene's segments. */
  hash: string;
  /** What lies over moving media (a full-bleed scene's scrim and headline), as a PNG; null for none. */
  top: string | null;
  /** A moving media layer (a clip, or an image with motion) is laid over the still by ffmpeg. */
  moving: boolean;
  /**
   * For a scene with moving media, the whole scene as its last frame shows it (the media where its pan or zoom
   * ends), which a transition out of it starts from; null when that is the still itself.
   */
  lastLook: { path: string; hash: string } | null;
  /** A chart that builds up over the scene's first moments (ffmpeg lays its frames over the still), or null. */
  chart: ChartAnimation | null;
}

export interface Stills {
  stills: Still[];
  /** The first scene as a JPEG, drawn from the first still's canvas. */
  thumbnailPath: string;
}

/** Each scene drawn once, at full size, as a still (and its layers over moving media); also the thumbnail. */
export const drawStills: RenderStep<LoadedMedia, Stills> = {
  id: 'draw-stills',
  stage: 'frames',
  weight: 0.1,
  async run(loaded, ctx, progress) {
    const thumbnailPath = join(ctx.workDir, 'thumbnail.jpg');
    const stills: Still[] = [];
    for (const index of ctx.storyboard.scenes.keys()) {
      throwIfAborted(ctx.signal);
      stills.push(await drawStill(ctx, loaded, index, index === 0 ? thumbnailPath : null));
      progress((index + 1) / ctx.storyboard.scenes.length);
      // @napi-rs/canvas frees pixel buffers only when the event loop turns.
      await nextTurn();
    }
    return { stills, thumbnailPath };
  },
};

async function drawStill(ctx: RenderContext, loaded: LoadedMedia, index: number, thumbnailPath: string | null): Promise<Still> {
  const { width, height, storyboard, presenter, workDir } = ctx;
  const scene = storyboard.scenes[index]!;
  const file = sceneMediaFile(loaded.media, scene);
  const moving = file !== null && (file.kind === 'video' || scene.media!.motion !== 'none') && scene.layout === 'media';
  const placement = presenter ? scene.presenter : 'none';
  const reservePresenter = presenter !== null && placement !== 'none';
  const drawing: SceneDrawing = {
    width, height, storyboard, sceneIndex: index, style: ctx.style, media: file?.image ?? null, reservePresenter, logo: loaded.logo,
    presenterBox: reservePresenter ? evenBox(presenter!.box(placement, width, height)) : null,
  };
  const name = `scene-${String(index).padStart(3, '0')}`;
  const canvas = draw({ ...drawing, ...(moving ? { part: 'below' as const } : {}) });
  const path = join(workDir, `${name}.jpg`);
  // JPEG at q95 encodes ~13× faster than PNG and the output is 4:2:0 anyway.
  const jpeg = await canvas.encode('jpeg', 95);
  await writeFile(path, jpeg);
  let top: string | null = null;
  let topBytes: Buffer = Buffer.alloc(0);
  if (moving && mediaPlacement(drawing).hasTop) {
    topBytes = await draw({ ...drawing, part: 'above' }).encode('png');
    top = join(workDir, `${name}-top.png`);
    await writeFile(top, topBytes);
  }
  // The still is the whole scene unless its media moves (then the media was left out of it).
  if (thumbnailPath) await writeFile(thumbnailPath, await (moving ? draw(drawing) : canvas).encode('jpeg', 85));
  let lastLook: Still['lastLook'] = null;
  if (moving && index + 1 < storyboard.scenes.length) {
    const end = draw({ ...drawing, ...(file!.kind === 'image' ? { mediaView: motionEnd(scene.media!.motion) } : {}) });
    const endJpeg = await end.encode('jpeg', 95);
    lastLook = { path: join(workDir, `${name}-last.jpg`), hash: contentHash(endJpeg) };
    await writeFile(lastLook.path, endJpeg);
  }
  const chart = moving ? null : chartAnimationFor(drawing, draw);
  return { path, hash: contentHash(jpeg, topBytes), top, moving, lastLook, chart };
}

function draw(drawing: SceneDrawing): Canvas {
  const canvas = createCanvas(drawing.width, drawing.height);
  drawScene(canvas.getContext('2d'), drawing);
  return canvas;
}
