import type { Canvas } from '@napi-rs/canvas';
import type { SceneDrawing } from '../scene-drawing.js';
import { contentBox, evenBox } from '../scene-geometry.js';
import { chartBox, chartLookFor, pictureOf, sceneSlot, type ChartAnimation } from '../visuals/index.js';

/**
 * What a scene's chart builds up from, or null when the scene has no chart that moves: the slot it is drawn in
 * (even, for ffmpeg's overlay) and the slide's pixels there without it, drawn once with `draw`.
 */
export function chartAnimationFor(drawing: SceneDrawing, draw: (d: SceneDrawing) => Canvas): ChartAnimation | null {
  const scene = drawing.storyboard.scenes[drawing.sceneIndex]!;
  if (pictureOf(scene) !== 'chart' || scene.layout === 'media') return null;
  const { width, height } = drawing;
  const portrait = height > width;
  const unit = Math.min(width, height) / 1080;
  const area = contentBox(width, height, scene.presenter, drawing.reservePresenter ?? false);
  const slot = sceneSlot(drawing, scene, { area, portrait, unit }).picture;
  if (!slot) return null;
  const box = evenBox(slot)!;
  const clamped = { ...box, width: Math.min(box.width, width - box.x), height: Math.min(box.height, height - box.y) };
  const canvas = draw({ ...drawing, chartProgress: null });
  const background = canvas.getContext('2d').getImageData(clamped.x, clamped.y, clamped.width, clamped.height).data;
  return { box: clamped, background, chartBox: chartBox(slot, unit), chart: scene.visual!.chart!, look: chartLookFor(drawing) };
}
