import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Scene } from '../../storyboard/index.js';
import { LAYOUT_DRAWERS } from './layouts/index.js';
import { logoPlacement } from './logo-placement.js';
import { isFullBleed } from './media-placement.js';
import type { SceneDrawing } from './scene-drawing.js';
import { contentBox } from './scene-geometry.js';

/**
 * Draws one scene, as it appears while held on screen, onto a context of `width`×`height` pixels, with the
 * brand logo on top (in the 'above' layer of a full-bleed scene, since its moving picture covers 'below').
 */
export function drawScene(ctx: SKRSContext2D, d: SceneDrawing): void {
  const scene = d.storyboard.scenes[d.sceneIndex];
  if (!scene) throw new RangeError(`No scene ${d.sceneIndex}`);
  const portrait = d.height > d.width;
  const area = contentBox(d.width, d.height, scene.presenter, d.reservePresenter ?? false);
  const narrow = { ...area, width: portrait ? area.width : area.width * 0.8 };
  LAYOUT_DRAWERS[scene.layout](ctx, d, scene, { portrait, unit: Math.min(d.width, d.height) / 1080, area, narrow });
  const part = d.part ?? 'all';
  if (part === 'all' || part === (isFullBleed(d, scene) ? 'above' : 'below')) drawLogo(ctx, d, scene);
}

function drawLogo(ctx: SKRSContext2D, d: SceneDrawing, scene: Scene): void {
  const box = logoPlacement(d);
  if (!box || !d.logo) return;
  ctx.save();
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  if (isFullBleed(d, scene)) {
    // Over a photo, a soft shadow keeps a light or dark logo legible whatever lies beneath.
    const unit = Math.min(d.width, d.height) / 1080;
    ctx.shadowColor = 'rgba(0,0,0,0.45)';
    ctx.shadowBlur = 18 * unit;
    ctx.shadowOffsetY = 2 * unit;
  }
  ctx.drawImage(d.logo, box.x, box.y, box.width, box.height);
  ctx.restore();
}
