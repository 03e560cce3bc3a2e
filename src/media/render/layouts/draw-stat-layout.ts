import { withAlpha } from '../color.js';
import { pictureOf } from '../visuals/index.js';
import type { LayoutDrawer } from './layout-drawer.js';
import { drawPictureFrame } from './picture-frame.js';
import { drawBackground, drawHeader, headlineOf } from './slide-chrome.js';
import { barBlock, BODY, drawStack, HEADING, present, textBlock } from './text-blocks.js';

/** A big figure with its label (the headline); with a chart, the headline over the chart that moves. */
export const drawStatLayout: LayoutDrawer = (ctx, d, scene, frame) => {
  const { style } = d;
  const p = style.palette;
  const { portrait, unit } = frame;
  drawBackground(ctx, d, unit, 'title');
  drawHeader(ctx, d, unit, frame.area);
  const { text: area, picture } = drawPictureFrame(ctx, d, scene, frame);
  const figure = scene.stat?.trim() || headlineOf(scene, d.storyboard);
  const label = scene.stat?.trim() ? scene.headline?.trim() ?? '' : '';
  if (picture && pictureOf(scene) === 'chart') {
    // The chart carries the figures: above it, the words that say what they are.
    const title = label || headlineOf(scene, d.storyboard);
    drawStack(area, present([textBlock(ctx, title, area, { font: HEADING(style, 800), maxSize: (portrait ? 84 : 76) * unit, minSize: 30 * unit, lineHeight: 1.1, maxLines: 2 }, { align: 'center', color: p.text })]), 'bottom');
    return;
  }
  const big = (portrait ? 260 : 300) * unit * (picture ? 0.7 : 1);
  drawStack(area, present([
    textBlock(ctx, figure, { ...area, height: area.height * 0.5 }, { font: HEADING(style, 900), maxSize: big, minSize: 60 * unit, lineHeight: 1.05, maxLines: 2 }, { align: 'center', color: p.accent }),
    barBlock(ctx, area.x + area.width / 2 - 50 * unit, 100 * unit, 8 * unit, withAlpha(p.text, 0.25), 36 * unit),
    label ? textBlock(ctx, label, { x: area.x + area.width * 0.1, y: area.y, width: area.width * 0.8, height: area.height * 0.3 }, { font: BODY(style, 600), maxSize: 60 * unit, minSize: 26 * unit, lineHeight: 1.2 }, { align: 'center', color: p.text, gapBefore: 40 * unit }) : null,
  ]));
};
