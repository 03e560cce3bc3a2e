import type { LayoutDrawer } from './layout-drawer.js';
import { drawPictureFrame } from './picture-frame.js';
import { drawBackground, drawHeader, headlineOf } from './slide-chrome.js';
import { barBlock, BODY, drawStack, present, textBlock, type Block } from './text-blocks.js';

/** A quote (the headline) under a big quotation mark, with its attribution. */
export const drawQuoteLayout: LayoutDrawer = (ctx, d, scene, frame) => {
  const { style } = d;
  const p = style.palette;
  const { unit, area } = frame;
  drawBackground(ctx, d, unit, 'plain');
  drawHeader(ctx, d, unit, area);
  const { text, narrow } = drawPictureFrame(ctx, d, scene, frame);
  const quoteSize = 220 * unit;
  const attribution = scene.attribution?.trim();
  const quoteMark: Block = {
    height: quoteSize * 0.5,
    gapBefore: 0,
    draw: (y) => {
      ctx.font = `900 ${quoteSize}px ${style.fonts.heading}`;
      ctx.fillStyle = p.accent;
      ctx.textBaseline = 'top';
      ctx.fillText('\u201C', text.x - quoteSize * 0.04, y - quoteSize * 0.02);
    },
  };
  const reserved = quoteMark.height + (attribution ? 140 * unit : 0) + 40 * unit;
  drawStack(text, present([
    quoteMark,
    textBlock(ctx, headlineOf(scene, d.storyboard), { ...narrow, height: text.height - reserved }, { font: BODY(style, 600, true), maxSize: 80 * unit, minSize: 30 * unit, lineHeight: 1.25 }, { align: 'left', color: p.text, gapBefore: 24 * unit }),
    attribution ? barBlock(ctx, text.x, 60 * unit, 6 * unit, p.accent, 48 * unit) : null,
    attribution ? textBlock(ctx, attribution, { ...narrow, height: 50 * unit }, { font: BODY(style, 600), maxSize: 36 * unit, minSize: 22 * unit, lineHeight: 1.2, maxLines: 1 }, { align: 'left', color: p.mutedText, gapBefore: 24 * unit }) : null,
  ]));
};
