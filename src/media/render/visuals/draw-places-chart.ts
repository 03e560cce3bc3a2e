import type { SKRSContext2D } from '@napi-rs/canvas';
import type { ChartData } from '../../../storyboard/index.js';
import { withAlpha } from '../color.js';
import { roundedRect } from '../layouts/text-blocks.js';
import type { Box } from '../scene-geometry.js';
import { clipLabel, fitFont, inkOn, staggered, type ChartLook } from './chart-look.js';

/**
 * Places as pins on a dotted map card, joined by a dashed route; each pin drops in (one after the other) with
 * its name under it. Landscape boxes lay the pins along a gentle wave, tall ones down a column.
 */
export function drawPlacesChart(ctx: SKRSContext2D, chart: ChartData, box: Box, look: ChartLook, progress: number): void {
  const { unit, style } = look;
  const p = style.palette;
  const n = chart.items.length;
  ctx.fillStyle = withAlpha(p.surface, 0.7);
  roundedRect(ctx, box, 36 * unit);
  ctx.fill();
  ctx.save();
  roundedRect(ctx, box, 36 * unit);
  ctx.clip();
  ctx.fillStyle = withAlpha(p.text, 0.09);
  const step = 34 * unit;
  for (let y = box.y + step / 2; y < box.y + box.height; y += step) {
    for (let x = box.x + step / 2 + (Math.round((y - box.y) / step) % 2) * (step / 2); x < box.x + box.width; x += step) {
      ctx.beginPath();
      ctx.arc(x, y, 3.2 * unit, 0, Math.PI * 2);
      ctx.fill();
    }
  }
  ctx.restore();
  const wide = box.width >= box.height;
  const pins = chart.items.map((_, i) => {
    const t = (i + 0.5) / n;
    const wave = (i % 2 === 0 ? -1 : 1) * 0.13;
    return wide ? { x: box.x + box.width * t, y: box.y + box.height * (0.5 + wave) } : { x: box.x + box.width * (0.5 + wave * 1.6), y: box.y + box.height * t };
  });
  ctx.strokeStyle = withAlpha(look.series[0]!, 0.55);
  ctx.lineWidth = 5 * unit;
  ctx.setLineDash([14 * unit, 12 * unit]);
  ctx.beginPath();
  pins.forEach((pin, i) => {
    if (staggered(progress, i, n) < 0.99 && i > 0) return;
    if (i === 0) ctx.moveTo(pin.x, pin.y);
    else ctx.lineTo(pin.x, pin.y);
  });
  ctx.stroke();
  ctx.setLineDash([]);
  const pinSize = Math.min(86 * unit, (wide ? box.width / n : box.height / n) * 0.38);
  chart.items.forEach((item, i) => {
    const f = staggered(progress, i, n);
    if (f <= 0) return;
    const pin = pins[i]!;
    // Falls from above and settles with a small bounce.
    const drop = (1 - f) * -140 * unit + Math.sin(f * Math.PI) * 10 * unit;
    drawPin(ctx, pin.x, pin.y + drop, pinSize, look.series[i % look.series.length]!, f);
    const room = wide ? (box.width / n) * 0.92 : box.width * 0.6;
    fitFont(ctx, item.label, room, 40 * unit, 16 * unit, (s) => `700 ${s}px ${style.fonts.body}`);
    ctx.fillStyle = withAlpha(p.text, f);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    ctx.fillText(clipLabel(ctx, item.label, room), pin.x, pin.y + 18 * unit);
  });
  ctx.textAlign = 'left';
}

/** A map pin whose point is at (x, y). */
function drawPin(ctx: SKRSContext2D, x: number, y: number, size: number, color: string, alpha: number): void {
  const r = size * 0.42;
  const cy = y - size + r;
  ctx.save();
  ctx.globalAlpha = alpha;
  ctx.fillStyle = 'rgba(0,0,0,0.18)';
  ctx.beginPath();
  ctx.ellipse(x, y, r * 0.6, r * 0.18, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.arc(x, cy, r, Math.PI * 0.82, Math.PI * 0.18);
  ctx.lineTo(x, y);
  ctx.closePath();
  ctx.fill();
  ctx.fillStyle = inkOn(color);
  ctx.beginPath();
  ctx.arc(x, cy, r * 0.38, 0, Math.PI * 2);
  ctx.fill();
  ctx.restore();
}
