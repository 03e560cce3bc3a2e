import type { LayoutDrawer } from './layout-drawer.js';
import { drawPictureFrame } from './picture-frame.js';
import { drawBackground, drawHeader, headlineOf } from './slide-chrome.js';
import { barBlock, drawStack, HEADING, present, textBlock } from './text-blocks.js';

/** A slide for the presenter to speak over: the header and the headline beside the presenter's box. */
export const drawPresenterLayout: LayoutDrawer = (ctx, d, scene, frame) => {
  const { style } = d;
  const p = style.palette;
  const { unit, area } = frame;
  drawBackground(ctx, d, unit, 'plain');
  drawHeader(ctx, d, unit, area);
  const { text, narrow } = drawPictureFrame(ctx, d, scene, frame);
  drawStack(text, present([
    barBlock(ctx, text.x, 90 * unit, 10 * unit, p.accent, 0),
    textBlock(ctx, headlineOf(scene, d.storyboard), { ...narrow, height: text.height * 0.7 }, { font: HEADING(style, 800), maxSize: 104 * unit, minSize: 36 * unit, lineHeight: 1.12 }, { align: 'left', color: p.text, gapBefore: 36 * unit }),
  ]));
};
