import type { SKRSContext2D } from '@napi-rs/canvas';
import type { ChartData } from '../../../storyboard/index.js';
import { withAlpha } from '../color.js';
import type { Box } from '../scene-geometry.js';
import { clipLabel, easeOut, fitFont, formatValue, staggered, type ChartLook } from './chart-look.js';

const heading = (look: ChartLook, weight: number) => (size: number) => `${weight} ${size}px ${look.style.fonts.heading}`;
const body = (look: ChartLook, weight: number) => (size: number) => `${weight} ${size}px ${look.style.fonts.body}`;

/** Room under the plot for the item labels, and above it for the values. */
function plotOf(chart: ChartData, box: Box, unit: number): Box {
  const labels = chart.items.some((i) => i.label.trim()) ? 64 * unit : 12 * unit;
  const values = 78 * unit;
  return { x: box.x, y: box.y + values, width: box.width, height: Math.max(10, box.height - values - labels) };
}

/**
 * Bars from a shared baseline, each growing to its value (one after the other) while its figure counts up
 * above it; the last bar (the latest, the "after") in the full accent, the others lighter.
 */
export function drawBarChart(ctx: SKRSContext2D, chart: ChartData, box: Box, look: ChartLook, progress: number): void {
  const { unit, style } = look;
  const p = style.palette;
  const n = chart.items.length;
  const plot = plotOf(chart, box, unit);
  const max = Math.max(...chart.items.map((i) => Math.abs(i.value)), 1e-9);
  const slot = plot.width / n;
  const barWidth = Math.min(slot * 0.62, 240 * unit);
  const base = plot.y + plot.height;
  ctx.fillStyle = withAlpha(p.text, 0.18);
  ctx.fillRect(plot.x, base, plot.width, Math.max(2, 3 * unit));
  chart.items.forEach((item, i) => {
    const f = staggered(progress, i, n);
    const height = plot.height * (Math.abs(item.value) / max) * f;
    const x = plot.x + slot * i + (slot - barWidth) / 2;
    ctx.fillStyle = i === n - 1 ? look.series[0]! : withAlpha(p.text, 0.32);
    if (height > 0.5) {
      topRoundedBar(ctx, x, base, barWidth, height, Math.min(barWidth * 0.16, height / 2));
      ctx.fill();
    }
    const value = formatValue(chart, item.value, f, look.locale);
    fitFont(ctx, formatValue(chart, item.value, 1, look.locale), slot * 0.94, 60 * unit, 20 * unit, heading(look, 800));
    ctx.fillStyle = p.text;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    ctx.fillText(value, x + barWidth / 2, base - height - 14 * unit);
    if (item.label.trim()) {
      fitFont(ctx, item.label, slot * 0.94, 36 * unit, 18 * unit, body(look, 600));
      ctx.fillStyle = p.mutedText;
      ctx.textBaseline = 'top';
      ctx.fillText(clipLabel(ctx, item.label, slot * 0.96), x + barWidth / 2, base + 16 * unit);
    }
  });
  ctx.textAlign = 'left';
}

/** A line through the values, drawn from left to right, a dot and a figure at each point it has reached. */
export function drawLineChart(ctx: SKRSContext2D, chart: ChartData, box: Box, look: ChartLook, progress: number): void {
  const { unit, style } = look;
  const p = style.palette;
  const n = chart.items.length;
  const plot = plotOf(chart, box, unit);
  const values = chart.items.map((i) => i.value);
  const max = Math.max(...values);
  const min = Math.min(0, ...values);
  const slot = plot.width / n;
  const points = chart.items.map((item, i) => ({ x: plot.x + slot * (i + 0.5), y: plot.y + plot.height - (plot.height * (item.value - min)) / Math.max(1e-9, max - min) }));
  const reach = easeOut(progress) * (n - 1);
  ctx.fillStyle = withAlpha(p.text, 0.18);
  ctx.fillRect(plot.x, plot.y + plot.height, plot.width, Math.max(2, 3 * unit));
  ctx.strokeStyle = look.series[0]!;
  ctx.lineWidth = 10 * unit;
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  ctx.beginPath();
  points.forEach((pt, i) => {
    if (i > Math.ceil(reach)) return;
    const at = i <= reach ? pt : { x: points[i - 1]!.x + (pt.x - points[i - 1]!.x) * (reach - i + 1), y: points[i - 1]!.y + (pt.y - points[i - 1]!.y) * (reach - i + 1) };
    if (i === 0) ctx.moveTo(at.x, at.y);
    else ctx.lineTo(at.x, at.y);
  });
  if (n > 1 || progress > 0) ctx.stroke();
  chart.items.forEach((item, i) => {
    const shown = n === 1 ? easeOut(progress) : Math.min(1, Math.max(0, reach - i + 1));
    if (shown <= 0) return;
    const pt = points[i]!;
    ctx.fillStyle = look.series[0]!;
    ctx.beginPath();
    ctx.arc(pt.x, pt.y, 16 * unit * shown, 0, Math.PI * 2);
    ctx.fill();
    fitFont(ctx, formatValue(chart, item.value, 1, look.locale), slot * 0.94, 52 * unit, 18 * unit, heading(look, 800));
    ctx.fillStyle = withAlpha(p.text, shown);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    ctx.fillText(formatValue(chart, item.value, 1, look.locale), pt.x, pt.y - 28 * unit);
    if (item.label.trim()) {
      fitFont(ctx, item.label, slot * 0.94, 34 * unit, 16 * unit, body(look, 600));
      ctx.fillStyle = p.mutedText;
      ctx.textBaseline = 'top';
      ctx.fillText(clipLabel(ctx, item.label, slot * 0.96), pt.x, plot.y + plot.height + 16 * unit);
    }
  });
  ctx.textAlign = 'left';
}

/** A bar standing on `base`, its top corners rounded. */
function topRoundedBar(ctx: SKRSContext2D, x: number, base: number, width: number, height: number, r: number): void {
  const top = base - height;
  ctx.beginPath();
  ctx.moveTo(x, base);
  ctx.lineTo(x, top + r);
  ctx.arcTo(x, top, x + r, top, r);
  ctx.lineTo(x + width - r, top);
  ctx.arcTo(x + width, top, x + width, top + r, r);
  ctx.lineTo(x + width, base);
  ctx.closePath();
}
