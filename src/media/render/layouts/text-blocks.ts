import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Style } from '../../../styles/index.js';
import { fitText, type FitTextOptions, type FittedText } from '../fit-text.js';
import type { Box } from '../scene-geometry.js';
import { textDirection } from '../../text/index.js';
import { LINE_ICON_PROVIDER } from '../../../visuals/index.js';
import { libraryImage } from '../visuals/visual-image.js';

// The building blocks every layout stacks: fitted text, accent bars, rounded boxes.

export type Align = 'left' | 'center';

export const HEADING = (style: Style, weight: number) => (size: number) => `${weight} ${size}px ${style.fonts.heading}`;
export const BODY = (style: Style, weight: number, italic = false) => (size: number) => `${italic ? 'italic ' : ''}${weight} ${size}px ${style.fonts.body}`;

export function roundedRect(ctx: SKRSContext2D, box: Box, radius: number): void {
  const r = Math.min(radius, box.width / 2, box.height / 2);
  ctx.beginPath();
  ctx.moveTo(box.x + r, box.y);
  ctx.arcTo(box.x + box.width, box.y, box.x + box.width, box.y + box.height, r);
  ctx.arcTo(box.x + box.width, box.y + box.height, box.x, box.y + box.height, r);
  ctx.arcTo(box.x, box.y + box.height, box.x, box.y, r);
  ctx.arcTo(box.x, box.y, box.x + box.width, box.y, r);
  ctx.closePath();
}

/**
 * Draws fitted text with its top-left at (x, y) (or centred on x + width/2); returns the height used. A `marker`
 * colour starts each paragraph with a dot, or with the line icon of `markerIcons` at the paragraph's index.
 */
export function drawText(ctx: SKRSContext2D, fitted: FittedText, x: number, y: number, width: number, align: Align, color: string, marker?: string, markerIcons?: readonly string[]): number {
  ctx.font = fitted.font;
  ctx.fillStyle = color;
  ctx.textBaseline = 'top';
  ctx.textAlign = align;
  let cursor = y;
  fitted.paragraphs.forEach((lines, index) => {
    if (index > 0) cursor += fitted.paragraphGap;
    // Arabic, Hebrew, Persian, Urdu: the paragraph starts at the right, its marker too; Skia orders the runs.
    const rtl = textDirection(lines.join(' ')) === 'rtl';
    ctx.direction = rtl ? 'rtl' : 'ltr';
    ctx.textAlign = align === 'left' && rtl ? 'right' : align;
    if (marker) drawMarker(ctx, fitted.size, rtl ? x + width - fitted.size * 0.45 : x + fitted.size * 0.45, cursor + fitted.size * 0.6, marker, markerIcons?.[index]);
    ctx.fillStyle = color;
    for (const line of lines) {
      const lineX = align === 'center' ? x + width / 2 : rtl ? x + width - fitted.indent : x + fitted.indent;
      ctx.fillText(line, lineX, cursor + fitted.size * 0.1);
      cursor += fitted.lineAdvance;
    }
  });
  ctx.textAlign = 'left';
  ctx.direction = 'ltr';
  return fitted.height;
}

/** A paragraph's marker centred on (cx, cy): its line icon in the marker colour, or a dot when it has none. */
function drawMarker(ctx: SKRSContext2D, size: number, cx: number, cy: number, color: string, icon: string | undefined): void {
  const image = icon ? libraryImage(LINE_ICON_PROVIDER, icon, size * 0.95, color) : null;
  if (image) {
    const side = size * 0.95;
    ctx.drawImage(image, cx - side / 2, cy - side / 2, side, side);
    return;
  }
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.arc(cx, cy, size * 0.2, 0, Math.PI * 2);
  ctx.fill();
}

/** A block of a vertical stack: its height and how to draw it at a top y. */
export interface Block {
  height: number;
  gapBefore: number;
  draw(y: number): void;
}

/** Lays blocks out top to bottom, the whole stack centred vertically in the box. */
export function drawStack(box: Box, blocks: Block[], valign: 'middle' | 'top' | 'bottom' = 'middle'): void {
  const total = blocks.reduce((h, b, i) => h + b.height + (i > 0 ? b.gapBefore : 0), 0);
  let y = valign === 'top' ? box.y : valign === 'bottom' ? box.y + box.height - total : box.y + (box.height - total) / 2;
  blocks.forEach((block, index) => {
    if (index > 0) y += block.gapBefore;
    block.draw(y);
    y += block.height;
  });
}

export function textBlock(ctx: SKRSContext2D, text: string | string[], box: Box, options: FitTextOptions, draw: { align: Align; color: string; gapBefore?: number; marker?: string; markerIcons?: readonly string[] }): Block | null {
  const texts = (typeof text === 'string' ? [text] : text).filter((t) => t.trim());
  if (texts.length === 0) return null;
  const fitted = fitText(ctx, texts, box, options);
  return {
    height: fitted.height,
    gapBefore: draw.gapBefore ?? 0,
    draw: (y) => drawText(ctx, fitted, box.x, y, box.width, draw.align, draw.color, draw.marker, draw.markerIcons),
  };
}

export function barBlock(ctx: SKRSContext2D, x: number, width: number, height: number, color: string, gapBefore: number): Block {
  return {
    height,
    gapBefore,
    draw: (y) => {
      ctx.fillStyle = color;
      roundedRect(ctx, { x, y, width, height }, height / 2);
      ctx.fill();
    },
  };
}

/** The blocks that are there (a text block is null when its text is empty). */
export function present(blocks: (Block | null)[]): Block[] {
  return blocks.filter((b): b is Block => b !== null);
}
