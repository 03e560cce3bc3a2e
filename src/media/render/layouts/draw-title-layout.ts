import type { LayoutDrawer } from './layout-drawer.js';
import { drawPictureFrame } from './picture-frame.js';
import { drawBackground, headlineOf } from './slide-chrome.js';
import { barBlock, BODY, drawStack, HEADING, present, textBlock } from './text-blocks.js';

/** The opening slide: a kicker (the title, when the headline differs), the big headline and an accent bar, beside its hero picture. */
export const drawTitleLayout: LayoutDrawer = (ctx, d, scene, frame) => {
  const { style } = d;
  const p = style.palette;
  const { portrait, unit, area } = frame;
  drawBackground(ctx, d, unit, 'title');
  const { text, narrow, picture } = drawPictureFrame(ctx, d, scene, frame);
  const headline = headlineOf(scene, d.storyboard);
  const kicker = scene.headline && scene.headline.trim() !== d.storyboard.title ? d.storyboard.title : '';
  const blocks = present([
    kicker ? textBlock(ctx, kicker.toUpperCase(), { ...narrow, height: 44 * unit }, { font: BODY(style, 700), maxSize: 30 * unit, minSize: 20 * unit, lineHeight: 1.2, maxLines: 1 }, { align: 'left', color: p.accent }) : null,
    textBlock(ctx, headline, { ...narrow, height: text.height * (picture && portrait ? 0.8 : 0.62) }, { font: HEADING(style, 800), maxSize: (portrait ? 116 : picture ? 112 : 128) * unit, minSize: 40 * unit, lineHeight: 1.08 }, { align: 'left', color: p.text, gapBefore: 28 * unit }),
    barBlock(ctx, text.x, 150 * unit, 12 * unit, p.accent, 44 * unit),
  ]);
  drawStack(picture ? text : area, blocks);
};
