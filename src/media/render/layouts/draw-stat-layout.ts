import { withAlpha } from '../color.js';
import type { LayoutDrawer } from './layout-drawer.js';
import { drawBackground, drawHeader, headlineOf } from './slide-chrome.js';
import { barBlock, BODY, drawStack, HEADING, present, textBlock } from './text-blocks.js';

/** A big figure with its label (the headline). */
export const drawStatLayout: LayoutDrawer = (ctx, d, scene, frame) => {
  const { style } = d;
  const p = style.palette;
  const { portrait, unit, area } = frame;
  drawBackground(ctx, d, unit, 'title');
  drawHeader(ctx, d, unit, area);
  const figure = scene.stat?.trim() || headlineOf(scene, d.storyboard);
  const label = scene.stat?.trim() ? scene.headline?.trim() ?? '' : '';
  drawStack(area, present([
    textBlock(ctx, figure, { ...area, height: area.height * 0.5 }, { font: HEADING(style, 900), maxSize: (portrait ? 260 : 300) * unit, minSize: 60 * unit, lineHeight: 1.05, maxLines: 2 }, { align: 'center', color: p.accent }),
    barBlock(ctx, area.x + area.width / 2 - 50 * unit, 100 * unit, 8 * unit, withAlpha(p.text, 0.25), 36 * unit),
    label ? textBlock(ctx, label, { x: area.x + area.width * 0.1, y: area.y, width: area.width * 0.8, height: area.height * 0.3 }, { font: BODY(style, 600), maxSize: 60 * unit, minSize: 26 * unit, lineHeight: 1.2 }, { align: 'center', color: p.text, gapBefore: 40 * unit }) : null,
  ]));
};
