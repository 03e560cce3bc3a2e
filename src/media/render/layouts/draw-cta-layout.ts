import { luminance, withAlpha } from '../color.js';
import { fitText } from '../fit-text.js';
import type { LayoutDrawer } from './layout-drawer.js';
import { drawPictureFrame } from './picture-frame.js';
import { drawBackground, headlineOf } from './slide-chrome.js';
import { BODY, drawStack, drawText, HEADING, present, roundedRect, textBlock, type Block } from './text-blocks.js';

/** The closing call to action: the title, the headline and the action's pill button. */
export const drawCtaLayout: LayoutDrawer = (ctx, d, scene, frame) => {
  const { style } = d;
  const p = style.palette;
  const { unit } = frame;
  drawBackground(ctx, d, unit, 'cta');
  const { text: area } = drawPictureFrame(ctx, d, scene, frame);
  const action = scene.bullets?.find((b) => b.trim())?.trim();
  const pillText = action ? fitText(ctx, action, { width: area.width * 0.7, height: 60 * unit }, { font: BODY(style, 700), maxSize: 42 * unit, minSize: 22 * unit, lineHeight: 1.2, maxLines: 1 }) : null;
  const pillHeight = pillText ? pillText.size * 1.2 + 56 * unit : 0;
  const pill: Block | null = pillText
    ? {
        height: pillHeight,
        gapBefore: 64 * unit,
        draw: (y) => {
          const w = pillText.width + 112 * unit;
          const box = { x: area.x + (area.width - w) / 2, y, width: w, height: pillHeight };
          ctx.save();
          ctx.shadowColor = withAlpha(p.accent, 0.45);
          ctx.shadowBlur = 40 * unit;
          ctx.shadowOffsetY = 12 * unit;
          ctx.fillStyle = p.accent;
          roundedRect(ctx, box, pillHeight / 2);
          ctx.fill();
          ctx.restore();
          const ink = luminance(p.accent) > 0.45 ? '#111111' : '#FFFFFF';
          drawText(ctx, pillText, box.x, y + 28 * unit, box.width, 'center', ink);
        },
      }
    : null;
  const reserved = pillHeight + 64 * unit + 80 * unit;
  drawStack(area, present([
    textBlock(ctx, d.storyboard.title.toUpperCase(), { ...area, height: 44 * unit }, { font: BODY(style, 700), maxSize: 28 * unit, minSize: 18 * unit, lineHeight: 1.2, maxLines: 1 }, { align: 'center', color: p.accent }),
    textBlock(ctx, headlineOf(scene, d.storyboard), { x: area.x + area.width * 0.05, y: area.y, width: area.width * 0.9, height: area.height - reserved }, { font: HEADING(style, 800), maxSize: 120 * unit, minSize: 40 * unit, lineHeight: 1.08 }, { align: 'center', color: p.text, gapBefore: 28 * unit }),
    pill,
  ]));
};
