import type { Scene } from '../../storyboard/index.js';
import type { SceneDrawing } from './scene-drawing.js';
import { contentBox, type Box } from './scene-geometry.js';

/** Is this scene a photo or clip filling the frame (its headline and logo then lie over the picture)? */
export function isFullBleed(d: SceneDrawing, scene: Scene): boolean {
  return scene.layout === 'media' && (scene.media?.fit ?? 'cover') === 'cover' && d.media !== null;
}

/** A framed (not full-bleed) media box: beside its headline, or above it in portrait. */
export function framedMediaBox(area: Box, portrait: boolean, hasText: boolean): Box {
  return portrait
    ? { x: area.x, y: area.y, width: area.width, height: hasText ? area.height * 0.62 : area.height }
    : { x: area.x, y: area.y, width: hasText ? area.width * 0.58 : area.width, height: area.height };
}

/**
 * Where a media scene's image or clip goes: the whole frame for a full-bleed (cover) scene, which then has
 * an 'above' layer (scrim and headline); otherwise the framed box beside the headline, with nothing above.
 */
export function mediaPlacement(d: SceneDrawing): { box: Box; fit: 'cover' | 'contain'; hasTop: boolean } {
  const scene = d.storyboard.scenes[d.sceneIndex];
  if (!scene) throw new RangeError(`No scene ${d.sceneIndex}`);
  const fit = scene.media?.fit ?? 'cover';
  if (fit === 'cover' && d.media) return { box: { x: 0, y: 0, width: d.width, height: d.height }, fit, hasTop: true };
  const area = contentBox(d.width, d.height, scene.presenter, d.reservePresenter ?? false);
  return { box: framedMediaBox(area, d.height > d.width, (scene.headline?.trim() ?? '').length > 0), fit, hasTop: false };
}
