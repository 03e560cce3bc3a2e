import type { SKRSContext2D } from '@napi-rs/canvas';
import type { ChartData } from '../../../storyboard/index.js';
import { withAlpha } from '../color.js';
import type { Box } from '../scene-geometry.js';
import { clipLabel, easeOut, fitFont, formatValue, type ChartLook } from './chart-look.js';

/**
 * A ring that sweeps round to its share: a lone percentage fills that much of the ring, with the figure
 * counting up in the middle; several values share the ring in proportion, the first one's figure in the middle.
 */
export function drawDonutChart(ctx: SKRSContext2D, chart: ChartData, box: Box, look: ChartLook, progress: number): void {
  const { unit, style } = look;
  const p = style.palette;
  const first = chart.items[0]!;
  const label = chart.items.length === 1 ? first.label.trim() : '';
  const legend = chart.items.length > 1 ? 56 * unit : 0;
  const labelRoom = label ? 70 * unit : 0;
  const radius = Math.max(10, Math.min(box.width, box.height - legend - labelRoom) / 2) * 0.94;
  const thickness = radius * 0.24;
  const cx = box.x + box.width / 2;
  const cy = box.y + (box.height - legend - labelRoom) / 2;
  const eased = easeOut(progress);
  ctx.lineCap = 'round';
  ctx.lineWidth = thickness;
  ctx.strokeStyle = withAlpha(p.text, 0.12);
  ctx.beginPath();
  ctx.arc(cx, cy, radius - thickness / 2, 0, Math.PI * 2);
  ctx.stroke();
  const percent = chart.items.length === 1 && (chart.suffix ?? '').includes('%');
  const total = percent ? 100 : chart.items.reduce((sum, i) => sum + Math.max(0, i.value), 0) || 1;
  let start = -Math.PI / 2;
  chart.items.forEach((item, i) => {
    const share = (Math.min(total, Math.max(0, item.value)) / total) * eased;
    if (share <= 0) return;
    const end = start + share * Math.PI * 2;
    ctx.strokeStyle = look.series[i % look.series.length]!;
    ctx.lineCap = chart.items.length === 1 ? 'round' : 'butt';
    ctx.beginPath();
    ctx.arc(cx, cy, radius - thickness / 2, start, end);
    ctx.stroke();
    start = end;
  });
  ctx.lineCap = 'butt';
  const figure = formatValue(chart, first.value, eased, look.locale);
  fitFont(ctx, formatValue(chart, first.value, 1, look.locale), (radius - thickness) * 1.6, radius * 0.5, 18 * unit, (s) => `900 ${s}px ${style.fonts.heading}`);
  ctx.fillStyle = p.text;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(figure, cx, cy);
  ctx.textBaseline = 'top';
  if (label) {
    fitFont(ctx, label, box.width * 0.9, 44 * unit, 18 * unit, (s) => `600 ${s}px ${style.fonts.body}`);
    ctx.fillStyle = p.mutedText;
    ctx.fillText(clipLabel(ctx, label, box.width * 0.95), cx, cy + radius + 24 * unit);
  }
  if (legend) drawLegend(ctx, chart, look, { x: box.x, y: box.y + box.height - legend * 0.8, width: box.width, height: legend });
  ctx.textAlign = 'left';
}

function drawLegend(ctx: SKRSContext2D, chart: ChartData, look: ChartLook, row: Box): void {
  const { unit, style } = look;
  const slot = row.width / chart.items.length;
  chart.items.forEach((item, i) => {
    const x = row.x + slot * i + slot / 2;
    fitFont(ctx, item.label || formatValue(chart, item.value, 1, look.locale), slot * 0.8, 30 * unit, 14 * unit, (s) => `600 ${s}px ${style.fonts.body}`);
    const text = clipLabel(ctx, item.label || formatValue(chart, item.value, 1, look.locale), slot * 0.8);
    const w = ctx.measureText(text).width;
    ctx.fillStyle = look.series[i % look.series.length]!;
    ctx.beginPath();
    ctx.arc(x - w / 2 - 18 * unit, row.y + 15 * unit, 10 * unit, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = style.palette.mutedText;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    ctx.fillText(text, x, row.y);
  });
}
