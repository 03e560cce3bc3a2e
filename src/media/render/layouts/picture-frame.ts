import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Scene } from '../../../storyboard/index.js';
import type { SceneDrawing } from '../scene-drawing.js';
import type { Box } from '../scene-geometry.js';
import { drawScenePicture, sceneSlot } from '../visuals/index.js';
import type { LayoutFrame } from './layout-drawer.js';

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
