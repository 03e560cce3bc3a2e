import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Scene } from '../../../storyboard/index.js';
import type { SceneDrawing } from '../scene-drawing.js';
import type { Box } from '../scene-geometry.js';

/** What every layout measures the same way, worked out once per scene. */
export interface LayoutFrame {
  portrait: boolean;
  /** One design pixel at 1080 on the short side. */
  unit: number;
  /** The slide grid's content box (clear of the presenter when it is reserved). */
  area: Box;
  /** `area`, narrowed to 80 % in landscape for text that reads better in shorter lines. */
  narrow: Box;
}

/** Draws one layout's slide (everything but the brand logo, which drawScene adds). */
export type LayoutDrawer = (ctx: SKRSContext2D, d: SceneDrawing, scene: Scene, frame: LayoutFrame) => void;
