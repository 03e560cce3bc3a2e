import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import type { Storyboard } from '../../storyboard/index.js';
import { DEFAULT_STYLE_ID, applyBrand, getStyle, registerBundledFonts, type Style } from '../../styles/index.js';
import { resolveFfmpegPath } from '../ffmpeg/index.js';
import { withStoryboardFonts } from '../fonts/index.js';
import { drawScene } from './draw-scene.js';
import { loadBrandLogo } from './load-brand-logo.js';
import { loadSceneMedia, type ResolveAsset } from './load-scene-media.js';
import { FPS } from './plan-timeline.js';
import { builtInPresenter, type PresenterLayer } from './presenter-layer.js';
import { evenBox } from './scene-geometry.js';
import { withStockMedia, type VisualMediaSource } from './visuals/index.js';

/** Output size in pixels for an orientation. */
export function frameSize(orientation: Storyboard['orientation']): { width: number; height: number } {
  return orientation === 'portrait' ? { width: 1080, height: 1920 } : { width: 1920, height: 1080 };
}

/**
 * The storyboard's style, recoloured by its brand kit when it has one (readable contrast kept), its fonts
 * followed by the faces the storyboard's scripts need.
 */
export function styleFor(storyboard: Pick<Storyboard, 'style_id' | 'brand' | 'title' | 'scenes' | 'language'>): Style {
  return withStoryboardFonts(applyBrand(getStyle(storyboard.style_id) ?? getStyle(DEFAULT_STYLE_ID)!, storyboard.brand), storyboard);
}

export interface RenderSceneImageOptions {
  resolveAsset: ResolveAsset;
  /** Needed only for video assets (a frame is grabbed); defaults to the bundled ffmpeg. */
  ffmpegPath?: string;
  /** 0.5 (default) draws a half-size preview; 1 the full frame. */
  scale?: number;
  /**
   * The presenter for `storyboard.avatar_id`, as renderVideo's option of the same name (default: the
   * built-in looks); null leaves the presenter out.
   */
  presenterFor?: (avatarId: string) => PresenterLayer | null;
  /** As renderVideo's option of the same name: stock and generated pictures are shown from these files. */
  visualMedia?: VisualMediaSource;
  signal?: AbortSignal;
}

/**
 * A JPEG of one scene exactly as the renderer draws it (half size by default), for the review: the still,
 * the brand logo, and the presenter in its box at rest (mouth closed, eyes open), as in the scene's first
 * frame of the video.
 */
export async function renderSceneImage(asked: Storyboard, sceneIndex: number, options: RenderSceneImageOptions): Promise<Buffer> {
  registerBundledFonts();
  if (!asked.scenes[sceneIndex]) throw new RangeError(`No scene ${sceneIndex} in a storyboard of ${asked.scenes.length}`);
  // Only this scene's stock picture is looked up.
  const one = { ...asked, scenes: asked.scenes.map((s, i) => (i === sceneIndex ? s : { ...s, visual: undefined })) };
  const stock = await withStockMedia(one, options.resolveAsset, options.visualMedia, options.signal);
  const storyboard = { ...asked, scenes: asked.scenes.map((s, i) => (i === sceneIndex ? stock.storyboard.scenes[i]! : s)) };
  const scene = storyboard.scenes[sceneIndex]!;
  const { width, height } = frameSize(storyboard.orientation);
  const scale = options.scale ?? 0.5;
  let tempDir: string | null = null;
  try {
    let media = null;
    if (scene.media) {
      tempDir = await mkdtemp(join(tmpdir(), 'ova-scene-'));
      media = await loadSceneMedia(scene, { resolveAsset: stock.resolveAsset, ffmpegPath: options.ffmpegPath ?? resolveFfmpegPath(), tempDir, signal: options.signal });
    }
    const logo = await loadBrandLogo(storyboard.brand?.logo_asset_id, options.resolveAsset);
    const presenter = storyboard.avatar_id ? (options.presenterFor ?? builtInPresenter)(storyboard.avatar_id) : null;
    const layerBox = presenter && scene.presenter !== 'none' ? presenter.box(scene.presenter, width, height) : null;
    // The box the video overlays its presenter at.
    const presenterBox = evenBox(layerBox);
    const canvas = createCanvas(Math.round(width * scale), Math.round(height * scale));
    const ctx = canvas.getContext('2d');
    ctx.scale(scale, scale);
    drawScene(ctx, { width, height, storyboard, sceneIndex, style: styleFor(storyboard), media, reservePresenter: presenterBox !== null, presenterBox, logo });
    if (presenter && presenterBox) {
      // No phonemes: the pose at rest, which is also the scene's first frame (narration starts after a lead-in).
      const draw = presenter.sceneDrawer({ phonemes: [], seed: scene.id, box: presenterBox, fps: FPS });
      ctx.save();
      ctx.translate(presenterBox.x, presenterBox.y);
      ctx.beginPath();
      ctx.rect(0, 0, presenterBox.width, presenterBox.height);
      ctx.clip();
      draw(ctx, 0);
      ctx.restore();
    }
    return await canvas.encode('jpeg', 85);
  } finally {
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  }
}
