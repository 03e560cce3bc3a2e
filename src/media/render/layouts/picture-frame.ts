import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Scene } from '../../../storyboard/index.js';
import { textDirection } from '../../text/index.js';
import type { SceneDrawing } from '../scene-drawing.js';
import type { Box } from '../scene-geometry.js';
import { drawScenePicture, visualSlot } from '../visuals/index.js';
import type { LayoutFrame } from './layout-drawer.js';
import { headlineOf } from './slide-chrome.js';

/** Where a layout's words go once its picture is drawn: the text box, and the same narrowed for long lines. */
export interface TextFrame {
  text: Box;
  narrow: Box;
  /** The picture's slot, or null for a slide without one. */
  picture: Box | null;
}

/**
 * Draws the scene's picture (illustration or chart) in its slot (see visualSlot) and returns the box left for
 * the words. Without a picture, the words keep the whole area.
 */
export function drawPictureFrame(ctx: SKRSContext2D, d: SceneDrawing, scene: Scene, frame: LayoutFrame): TextFrame {
  const slot = sceneSlot(d, scene, frame);
  if (!slot.picture) return { text: frame.area, narrow: frame.narrow, picture: null };
  drawScenePicture(ctx, d, scene, slot.picture);
  return { text: slot.text, narrow: slot.text, picture: slot.picture };
}

/** The scene's split between words and picture, as the layout draws it (also where kinetic words and charts go). */
export function sceneSlot(d: Pick<SceneDrawing, 'storyboard' | 'reservePresenter'>, scene: Scene, frame: Pick<LayoutFrame, 'area' | 'portrait' | 'unit'>) {
  const rtl = textDirection(headlineOf(scene, d.storyboard)) === 'rtl';
  return visualSlot(scene, frame.area, { portrait: frame.portrait, unit: frame.unit, rtl, presenterAtSide: (d.reservePresenter ?? false) && scene.presenter === 'side' });
}
