import { withAlpha } from '../color.js';
import { framedMediaBox } from '../media-placement.js';
import type { Box } from '../scene-geometry.js';
import { drawCredit, drawScenePicture, pictureOf } from '../visuals/index.js';
import { drawImageFit } from './draw-image-fit.js';
import type { LayoutDrawer } from './layout-drawer.js';
import { drawBackground, drawHeader } from './slide-chrome.js';
import { barBlock, drawStack, HEADING, present, roundedRect, textBlock } from './text-blocks.js';

/** A photo or clip: full-bleed (cover) with the headline over a scrim, or framed beside its headline. */
export const drawMediaLayout: LayoutDrawer = (ctx, d, scene, frame) => {
  const { style } = d;
  const p = style.palette;
  const { portrait, unit, area, narrow } = frame;
  const fit = scene.media?.fit ?? 'cover';
  const headline = scene.headline?.trim() ?? '';
  const part = d.part ?? 'all';
  if (fit === 'cover' && d.media) {
    if (part !== 'above') {
      ctx.fillStyle = p.background;
      ctx.fillRect(0, 0, d.width, d.height);
    }
    if (part === 'below') return;
    if (part === 'all') drawImageFit(ctx, d.media, { x: 0, y: 0, width: d.width, height: d.height }, 'cover', 0, null, d.mediaView);
    // A scrim from the bottom keeps the headline (and the burned-in captions) readable on any photo.
    const scrim = ctx.createLinearGradient(0, d.height * 0.35, 0, d.height);
    scrim.addColorStop(0, 'rgba(0,0,0,0)');
    scrim.addColorStop(1, 'rgba(0,0,0,0.78)');
    ctx.fillStyle = scrim;
    ctx.fillRect(0, 0, d.width, d.height);
    if (headline) {
      const block = textBlock(ctx, headline, { ...narrow, height: area.height * 0.4 }, { font: HEADING(style, 800), maxSize: 88 * unit, minSize: 34 * unit, lineHeight: 1.1 }, { align: 'left', color: '#FFFFFF' });
      if (block) drawStack(area, [barBlock(ctx, area.x, 80 * unit, 8 * unit, p.accent, 0), { ...block, gapBefore: 28 * unit }], 'bottom');
    }
    drawCredit(ctx, scene, d.width, d.height, style.fonts.body);
    return;
  }
  // The framed image has nothing over it: its 'above' layer is empty.
  if (part === 'above') return;
  drawBackground(ctx, d, unit, 'plain');
  drawHeader(ctx, d, unit, area);
  const gap = 64 * unit;
  const hasText = headline.length > 0;
  const imageBox = framedMediaBox(area, portrait, hasText);
  const textBox: Box = portrait
    ? { x: area.x, y: imageBox.y + imageBox.height + gap, width: area.width, height: area.height - imageBox.height - gap }
    : { x: imageBox.x + imageBox.width + gap, y: area.y, width: area.width - imageBox.width - gap, height: area.height };
  ctx.save();
  ctx.shadowColor = 'rgba(0,0,0,0.28)';
  ctx.shadowBlur = 48 * unit;
  ctx.shadowOffsetY = 18 * unit;
  ctx.fillStyle = p.surface;
  roundedRect(ctx, imageBox, 28 * unit);
  ctx.fill();
  ctx.restore();
  if (d.media && part === 'all') drawImageFit(ctx, d.media, imageBox, fit, 28 * unit, p.surface, d.mediaView);
  else if (!d.media && pictureOf(scene)) drawScenePicture(ctx, d, scene, imageBox);
  else if (!d.media) {
    ctx.strokeStyle = withAlpha(p.accent, 0.5);
    ctx.lineWidth = 6 * unit;
    roundedRect(ctx, imageBox, 28 * unit);
    ctx.stroke();
  }
  if (hasText) {
    drawStack(textBox, present([
      barBlock(ctx, textBox.x, 80 * unit, 8 * unit, p.accent, 0),
      textBlock(ctx, headline, { ...textBox, height: textBox.height - 40 * unit }, { font: HEADING(style, 800), maxSize: 76 * unit, minSize: 30 * unit, lineHeight: 1.12 }, { align: 'left', color: p.text, gapBefore: 32 * unit }),
    ]));
  }
};
