import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Scene, Storyboard } from '../../../storyboard/index.js';
import { withAlpha } from '../color.js';
import { fitText } from '../fit-text.js';
import { logoPlacement } from '../logo-placement.js';
import type { SceneDrawing } from '../scene-drawing.js';
import { boxesOverlap, type Box } from '../scene-geometry.js';
import { BODY, drawText, roundedRect } from './text-blocks.js';

// What most slides share: the background with its soft accent shapes, the header row, the headline.

export function drawBackground(ctx: SKRSContext2D, d: SceneDrawing, unit: number, variant: 'title' | 'plain' | 'cta'): void {
  const { width: W, height: H, style } = d;
  const p = style.palette;
  const gradient = ctx.createLinearGradient(0, 0, W, H);
  gradient.addColorStop(0, p.background);
  gradient.addColorStop(1, p.backgroundAlt);
  ctx.fillStyle = gradient;
  ctx.fillRect(0, 0, W, H);

  // Soft shapes in the accent colour give depth; mirrored on odd scenes so consecutive slides differ.
  const mirror = d.sceneIndex % 2 === 1;
  const fx = (x: number) => (mirror ? W - x : x);
  const big = Math.max(W, H);
  const glow = ctx.createRadialGradient(fx(W * 0.95), H * 0.05, 0, fx(W * 0.95), H * 0.05, big * 0.55);
  glow.addColorStop(0, withAlpha(p.accent, variant === 'plain' ? 0.16 : 0.26));
  glow.addColorStop(1, withAlpha(p.accent, 0));
  ctx.fillStyle = glow;
  ctx.fillRect(0, 0, W, H);

  ctx.strokeStyle = withAlpha(p.accent, variant === 'plain' ? 0.12 : 0.22);
  ctx.lineWidth = 14 * unit;
  ctx.beginPath();
  ctx.arc(fx(W * 0.04), H * 0.96, big * (variant === 'plain' ? 0.09 : 0.14), 0, Math.PI * 2);
  ctx.stroke();
  if (variant !== 'plain') {
    ctx.fillStyle = withAlpha(p.text, 0.05);
    for (let row = 0; row < 4; row += 1) {
      for (let col = 0; col < 6; col += 1) {
        ctx.beginPath();
        ctx.arc(fx(W * 0.9 - col * 26 * unit), H * 0.72 + row * 26 * unit, 4 * unit, 0, Math.PI * 2);
        ctx.fill();
      }
    }
  }
}

/** Storyboard title and scene counter along the top edge. */
export function drawHeader(ctx: SKRSContext2D, d: SceneDrawing, unit: number, full: Box, onDark = false): void {
  const p = d.style.palette;
  const area = headerArea(d, unit, full);
  const color = onDark ? 'rgba(255,255,255,0.85)' : p.mutedText;
  const size = 26 * unit;
  const y = area.y - 64 * unit;
  ctx.fillStyle = p.accent;
  roundedRect(ctx, { x: area.x, y: y + size * 0.2, width: 10 * unit, height: size * 0.9 }, 3 * unit);
  ctx.fill();
  const counter = `${String(d.sceneIndex + 1).padStart(2, '0')} / ${String(d.storyboard.scenes.length).padStart(2, '0')}`;
  ctx.font = `600 ${size}px ${d.style.fonts.body}`;
  const counterWidth = ctx.measureText(counter).width;
  const title = fitText(ctx, d.storyboard.title, { width: area.width - counterWidth - 80 * unit, height: size * 1.2 }, { font: BODY(d.style, 600), maxSize: size, minSize: size, lineHeight: 1.2, maxLines: 1 });
  drawText(ctx, title, area.x + 26 * unit, y, title.width, 'left', color);
  ctx.font = `600 ${size}px ${d.style.fonts.body}`;
  ctx.fillStyle = color;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'top';
  ctx.fillText(counter, area.x + area.width, y + size * 0.1);
  ctx.textAlign = 'left';
}

/** The header row's span, ending short of the logo when the logo stands at its end. */
function headerArea(d: SceneDrawing, unit: number, area: Box): Box {
  const logo = logoPlacement(d);
  const row: Box = { x: area.x, y: area.y - 64 * unit, width: area.width, height: 26 * unit * 1.3 };
  if (!logo || !boxesOverlap(logo, row)) return area;
  return { ...area, width: Math.max(0, Math.min(area.width, logo.x - 32 * unit - area.x)) };
}

export function headlineOf(scene: Scene, storyboard: Storyboard): string {
  return scene.headline?.trim() || storyboard.title;
}
