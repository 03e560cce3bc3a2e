import type { LayoutDrawer } from './layout-drawer.js';
import { drawPictureFrame } from './picture-frame.js';
import { drawBackground, drawHeader, headlineOf } from './slide-chrome.js';
import { barBlock, BODY, drawStack, HEADING, present, textBlock } from './text-blocks.js';

/** The headline over a bulleted list. */
export const drawBulletsLayout: LayoutDrawer = (ctx, d, scene, frame) => {
  const { style } = d;
  const p = style.palette;
  const { unit } = frame;
  drawBackground(ctx, d, unit, 'plain');
  drawHeader(ctx, d, unit, frame.area);
  const { text: area } = drawPictureFrame(ctx, d, scene, frame);
  const kept = (scene.bullets ?? []).map((text, i) => ({ text, icon: scene.visual?.bullet_icons?.[i] ?? '' })).filter((b) => b.text.trim());
  const bullets = kept.map((b) => b.text);
  const headline = textBlock(ctx, headlineOf(scene, d.storyboard), { ...area, height: area.height * (bullets.length ? 0.3 : 0.7) }, { font: HEADING(style, 800), maxSize: 96 * unit, minSize: 36 * unit, lineHeight: 1.1 }, { align: 'left', color: p.text });
  const used = (headline?.height ?? 0) + 40 * unit + 8 * unit + 48 * unit;
  const list = textBlock(ctx, bullets, { ...area, height: Math.max(0, area.height - used) }, { font: BODY(style, 500), maxSize: 60 * unit, minSize: 22 * unit, lineHeight: 1.28, paragraphGap: 0.75, indent: 1.5 }, { align: 'left', color: p.text, gapBefore: 48 * unit, marker: p.accent, markerIcons: kept.map((b) => b.icon) });
  drawStack(area, present([headline, barBlock(ctx, area.x, 80 * unit, 8 * unit, p.accent, 40 * unit), list]));
};
