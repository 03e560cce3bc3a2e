import type { SKRSContext2D } from '@napi-rs/canvas';
import type { ChartData } from '../../../storyboard/index.js';
import { withAlpha } from '../color.js';
import { roundedRect } from '../layouts/text-blocks.js';
import type { Box } from '../scene-geometry.js';
import { clipLabel, fitFont, formatValue, staggered, type ChartLook } from './chart-look.js';

/**
 * Big figures that count up from zero, each on a soft card with its label under it: in a row when the box is
 * wide, in a column when it is tall.
 */
export function drawCounterChart(ctx: SKRSContext2D, chart: ChartData, box: Box, look: ChartLook, progress: number): void {
  const { unit, style } = look;
  const p = style.palette;
  const n = Math.min(chart.items.length, 4);
  const row = box.width >= box.height * 1.2 || n === 1;
  const gap = 32 * unit;
  const cell = row ? { width: (box.width - gap * (n - 1)) / n, height: box.height } : { width: box.width, height: (box.height - gap * (n - 1)) / n };
  const cardHeight = Math.min(cell.height, (n === 1 ? 420 : 300) * unit + (row ? 0 : 0));
  chart.items.slice(0, n).forEach((item, i) => {
    const f = staggered(progress, i, n);
    const card = row
      ? { x: box.x + i * (cell.width + gap), y: box.y + (box.height - cardHeight) / 2, width: cell.width, height: cardHeight }
      : { x: box.x, y: box.y + i * (cell.height + gap), width: cell.width, height: cell.height };
    ctx.fillStyle = withAlpha(p.surface, 0.85);
    roundedRect(ctx, card, 32 * unit);
    ctx.fill();
    ctx.fillStyle = look.series[i % look.series.length]!;
    roundedRect(ctx, { x: card.x, y: card.y, width: 12 * unit, height: card.height }, 6 * unit);
    ctx.fill();
    const label = item.label.trim();
    const labelSize = label ? Math.min(44 * unit, card.height * 0.16) : 0;
    const figureMax = Math.min(card.height * (label ? 0.5 : 0.62), (n === 1 ? 220 : 150) * unit);
    const size = fitFont(ctx, formatValue(chart, item.value, 1, look.locale), card.width * 0.86, figureMax, 24 * unit, (s) => `900 ${s}px ${style.fonts.heading}`);
    const blockHeight = size + (label ? labelSize * 1.5 : 0);
    const top = card.y + (card.height - blockHeight) / 2;
    ctx.fillStyle = look.series[i % look.series.length]!;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    ctx.fillText(formatValue(chart, item.value, f, look.locale), card.x + card.width / 2, top);
    if (label) {
      fitFont(ctx, label, card.width * 0.86, labelSize, 16 * unit, (s) => `600 ${s}px ${style.fonts.body}`);
      ctx.fillStyle = p.text;
      ctx.fillText(clipLabel(ctx, label, card.width * 0.9), card.x + card.width / 2, top + size + labelSize * 0.4);
    }
  });
  ctx.textAlign = 'left';
}
