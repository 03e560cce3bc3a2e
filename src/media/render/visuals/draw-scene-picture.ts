import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Scene } from '../../../storyboard/index.js';
import { withAlpha } from '../color.js';
import type { SceneDrawing } from '../scene-drawing.js';
import type { Box } from '../scene-geometry.js';
import { chartLook, type ChartLook } from './chart-look.js';
import { drawChart } from './draw-chart.js';
import { libraryImage } from './visual-image.js';
import { pictureOf } from './visual-slot.js';

/** The scene's chart in the style's colours (the brand's second colour as the second series). */
export function chartLookFor(d: Pick<SceneDrawing, 'style' | 'storyboard' | 'width' | 'height'>): ChartLook {
  return chartLook(d.style, Math.min(d.width, d.height) / 1080, d.storyboard.language, d.storyboard.brand?.colors.secondary);
}

/** The box a chart is drawn in within its picture slot (a little inset, so values and labels stay inside). */
export function chartBox(slot: Box, unit: number): Box {
  const inset = 8 * unit;
  return { x: slot.x + inset, y: slot.y + inset, width: slot.width - 2 * inset, height: slot.height - 2 * inset };
}

/**
 * Draws the scene's picture into its slot: the chart as it stands at `d.chartProgress` (complete by default,
 * left out when null: the background an animated chart is drawn over), or the illustration on a soft disc in
 * the style's accent, so it sits in the design whatever the palette.
 */
export function drawScenePicture(ctx: SKRSContext2D, d: SceneDrawing, scene: Scene, slot: Box): void {
  const kind = pictureOf(scene);
  const unit = Math.min(d.width, d.height) / 1080;
  if (kind === 'chart') {
    if (d.chartProgress !== null) drawChart(ctx, scene.visual!.chart!, chartBox(slot, unit), chartLookFor(d), d.chartProgress ?? 1);
    return;
  }
  if (kind !== 'illustration') return;
  const source = scene.visual!.source!;
  const accent = d.style.palette.accent;
  const radius = Math.min(slot.width, slot.height) * 0.46;
  const cx = slot.x + slot.width / 2;
  const cy = slot.y + slot.height / 2;
  drawBackdrop(ctx, cx, cy, radius, accent, unit, d.sceneIndex);
  const size = illustrationSize(radius, scene.visual!.kind === 'icon');
  const image = libraryImage(source.provider, source.id, size, accent);
  if (!image) return;
  ctx.save();
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(image, cx - size / 2, cy - size / 2, size, size);
  ctx.restore();
}

/** The drawn picture's side on a disc of `radius`: a line icon smaller, so its strokes do not crowd the ring. */
export function illustrationSize(radius: number, lineIcon: boolean): number {
  return radius * (lineIcon ? 1.05 : 1.42);
}

/** A soft disc lit from the top left, an offset ring and a few dots: a stage for the illustration. */
function drawBackdrop(ctx: SKRSContext2D, cx: number, cy: number, r: number, accent: string, unit: number, seed: number): void {
  ctx.save();
  const glow = ctx.createRadialGradient(cx - r * 0.35, cy - r * 0.4, r * 0.05, cx, cy, r);
  glow.addColorStop(0, withAlpha(accent, 0.34));
  glow.addColorStop(1, withAlpha(accent, 0.1));
  ctx.fillStyle = glow;
  ctx.beginPath();
  ctx.arc(cx, cy, r, 0, Math.PI * 2);
  ctx.fill();
  const turn = (seed % 4) * (Math.PI / 2);
  ctx.strokeStyle = withAlpha(accent, 0.4);
  ctx.lineWidth = Math.max(2, 6 * unit);
  ctx.beginPath();
  ctx.arc(cx + Math.cos(turn) * r * 0.1, cy + Math.sin(turn) * r * 0.1, r * 1.06, turn + 0.3, turn + 0.3 + Math.PI * 1.3);
  ctx.stroke();
  ctx.fillStyle = withAlpha(accent, 0.55);
  for (const [angle, size] of [[turn + 4.9, 0.07], [turn + 5.4, 0.04], [turn + 2.2, 0.05]] as const) {
    ctx.beginPath();
    ctx.arc(cx + Math.cos(angle) * r * 1.2, cy + Math.sin(angle) * r * 1.2, r * size, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.restore();
}
