import type { Image, SKRSContext2D } from '@napi-rs/canvas';
import type { Scene, Storyboard } from '../../storyboard/index.js';
import type { Style } from '../../styles/index.js';
import { luminance, withAlpha } from './color.js';
import { textDirection } from '../text/index.js';
import { fitText, type FitTextOptions, type FittedText } from './fit-text.js';
import type { BrandLogo } from './load-brand-logo.js';
import { boxesOverlap, contentBox, logoBox, presenterBox, type Box } from './scene-geometry.js';

export interface SceneDrawing {
  /** Output size in pixels; the context may be scaled (a half-size preview draws the same layout). */
  width: number;
  height: number;
  storyboard: Storyboard;
  sceneIndex: number;
  style: Style;
  /** The scene's media asset, decoded (image, or a frame of a video), or null. */
  media: Image | null;
  /** Keep the presenter's area free (when a presenter is composited over the scene). */
  reservePresenter?: boolean;
  /**
   * The box the presenter is actually drawn in (its layer's box), which the logo keeps clear of; null for
   * none. Omitted: the placement's whole area when `reservePresenter` is set.
   */
  presenterBox?: Box | null;
  /** The brand logo, decoded, or null: drawn in a corner of every scene (see logoPlacement). */
  logo?: BrandLogo | null;
  /**
   * For a media scene whose media moves (a clip, or pan/zoom), drawn in two layers around it: 'below'
   * everything under the media (the media's place left empty), 'above' what lies over it (scrim and
   * headline of a full-bleed scene) on a transparent canvas. Default: the whole scene.
   */
  part?: 'all' | 'below' | 'above';
  /**
   * The window of the fitted media to show, as a pan or zoom leaves it: `zoom` ≥ 1 and the window's top-left
   * as fractions (0–1) of the room the zoom leaves. Used to draw a moving scene's last look (where a transition
   * out of it starts). Default: the whole fitted media.
   */
  mediaView?: MediaView;
}

export interface MediaView {
  zoom: number;
  x: number;
  y: number;
}

type Align = 'left' | 'center';

const HEADING = (style: Style, weight: number) => (size: number) => `${weight} ${size}px ${style.fonts.heading}`;
const BODY = (style: Style, weight: number, italic = false) => (size: number) => `${italic ? 'italic ' : ''}${weight} ${size}px ${style.fonts.body}`;

function roundedRect(ctx: SKRSContext2D, box: Box, radius: number): void {
  const r = Math.min(radius, box.width / 2, box.height / 2);
  ctx.beginPath();
  ctx.moveTo(box.x + r, box.y);
  ctx.arcTo(box.x + box.width, box.y, box.x + box.width, box.y + box.height, r);
  ctx.arcTo(box.x + box.width, box.y + box.height, box.x, box.y + box.height, r);
  ctx.arcTo(box.x, box.y + box.height, box.x, box.y, r);
  ctx.arcTo(box.x, box.y, box.x + box.width, box.y, r);
  ctx.closePath();
}

/** Draws fitted text with its top-left at (x, y) (or centred on x + width/2); returns the height used. */
function drawText(ctx: SKRSContext2D, fitted: FittedText, x: number, y: number, width: number, align: Align, color: string, marker?: string): number {
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
    if (marker) {
      const radius = fitted.size * 0.2;
      ctx.fillStyle = marker;
      ctx.beginPath();
      ctx.arc(rtl ? x + width - fitted.size * 0.45 : x + fitted.size * 0.45, cursor + fitted.size * 0.6, radius, 0, Math.PI * 2);
      ctx.fill();
      ctx.fillStyle = color;
    }
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

/** A block of a vertical stack: its height and how to draw it at a top y. */
interface Block {
  height: number;
  gapBefore: number;
  draw(y: number): void;
}

/** Lays blocks out top to bottom, the whole stack centred vertically in the box. */
function drawStack(box: Box, blocks: Block[], valign: 'middle' | 'top' | 'bottom' = 'middle'): void {
  const total = blocks.reduce((h, b, i) => h + b.height + (i > 0 ? b.gapBefore : 0), 0);
  let y = valign === 'top' ? box.y : valign === 'bottom' ? box.y + box.height - total : box.y + (box.height - total) / 2;
  blocks.forEach((block, index) => {
    if (index > 0) y += block.gapBefore;
    block.draw(y);
    y += block.height;
  });
}

function textBlock(ctx: SKRSContext2D, text: string | string[], box: Box, options: FitTextOptions, draw: { align: Align; color: string; gapBefore?: number; marker?: string }): Block | null {
  const texts = (typeof text === 'string' ? [text] : text).filter((t) => t.trim());
  if (texts.length === 0) return null;
  const fitted = fitText(ctx, texts, box, options);
  return {
    height: fitted.height,
    gapBefore: draw.gapBefore ?? 0,
    draw: (y) => drawText(ctx, fitted, box.x, y, box.width, draw.align, draw.color, draw.marker),
  };
}

function barBlock(ctx: SKRSContext2D, x: number, width: number, height: number, color: string, gapBefore: number): Block {
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

function drawBackground(ctx: SKRSContext2D, d: SceneDrawing, unit: number, variant: 'title' | 'plain' | 'cta'): void {
  const { width: W, height: H, style } = d;
  const p = style.palette;
  const gradient = ctx.createLinearGradient(0, 0, W, H);
  gradient.addColorStop(0, p.background);
  gradient.addColorStop(1, p.backgroundAlt);
  ctx.fillStyle = gradient;
  ctx.fillRect(0, 0, W, H);

  // Soft shapes in the accent colour give depth; mirrored on odd scenes so consecutive slides differ.
  const mirror = d.sceneIndex % 2 === 1;
  const fx = (x: number) => (mirror ? W - x : x);
  const big = Math.max(W, H);
  const glow = ctx.createRadialGradient(fx(W * 0.95), H * 0.05, 0, fx(W * 0.95), H * 0.05, big * 0.55);
  glow.addColorStop(0, withAlpha(p.accent, variant === 'plain' ? 0.16 : 0.26));
  glow.addColorStop(1, withAlpha(p.accent, 0));
  ctx.fillStyle = glow;
  ctx.fillRect(0, 0, W, H);

  ctx.strokeStyle = withAlpha(p.accent, variant === 'plain' ? 0.12 : 0.22);
  ctx.lineWidth = 14 * unit;
  ctx.beginPath();
  ctx.arc(fx(W * 0.04), H * 0.96, big * (variant === 'plain' ? 0.09 : 0.14), 0, Math.PI * 2);
  ctx.stroke();
  if (variant !== 'plain') {
    ctx.fillStyle = withAlpha(p.text, 0.05);
    for (let row = 0; row < 4; row += 1) {
      for (let col = 0; col < 6; col += 1) {
        ctx.beginPath();
        ctx.arc(fx(W * 0.9 - col * 26 * unit), H * 0.72 + row * 26 * unit, 4 * unit, 0, Math.PI * 2);
        ctx.fill();
      }
    }
  }
}

/** Storyboard title and scene counter along the top edge. */
function drawHeader(ctx: SKRSContext2D, d: SceneDrawing, unit: number, full: Box, onDark = false): void {
  const p = d.style.palette;
  const area = headerArea(d, unit, full);
  const color = onDark ? 'rgba(255,255,255,0.85)' : p.mutedText;
  const size = 26 * unit;
  const y = area.y - 64 * unit;
  ctx.fillStyle = p.accent;
  roundedRect(ctx, { x: area.x, y: y + size * 0.2, width: 10 * unit, height: size * 0.9 }, 3 * unit);
  ctx.fill();
  const counter = `${String(d.sceneIndex + 1).padStart(2, '0')} / ${String(d.storyboard.scenes.length).padStart(2, '0')}`;
  ctx.font = `600 ${size}px ${d.style.fonts.body}`;
  const counterWidth = ctx.measureText(counter).width;
  const title = fitText(ctx, d.storyboard.title, { width: area.width - counterWidth - 80 * unit, height: size * 1.2 }, { font: BODY(d.style, 600), maxSize: size, minSize: size, lineHeight: 1.2, maxLines: 1 });
  drawText(ctx, title, area.x + 26 * unit, y, title.width, 'left', color);
  ctx.font = `600 ${size}px ${d.style.fonts.body}`;
  ctx.fillStyle = color;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'top';
  ctx.fillText(counter, area.x + area.width, y + size * 0.1);
  ctx.textAlign = 'left';
}

/** The header row's span, ending short of the logo when the logo stands at its end. */
function headerArea(d: SceneDrawing, unit: number, area: Box): Box {
  const logo = logoPlacement(d);
  const row: Box = { x: area.x, y: area.y - 64 * unit, width: area.width, height: 26 * unit * 1.3 };
  if (!logo || !boxesOverlap(logo, row)) return area;
  return { ...area, width: Math.max(0, Math.min(area.width, logo.x - 32 * unit - area.x)) };
}

/** Is this scene a photo or clip filling the frame (its headline and logo then lie over the picture)? */
function isFullBleed(d: SceneDrawing, scene: Scene): boolean {
  return scene.layout === 'media' && (scene.media?.fit ?? 'cover') === 'cover' && d.media !== null;
}

/**
 * Where the brand logo is drawn (null: no logo, or no room): top right of the slide grid, clear of the
 * presenter's box. The same for every layout, so the logo holds still across scenes.
 */
export function logoPlacement(d: SceneDrawing): Box | null {
  if (!d.logo) return null;
  const scene = d.storyboard.scenes[d.sceneIndex];
  if (!scene) throw new RangeError(`No scene ${d.sceneIndex}`);
  const presenter = d.presenterBox !== undefined ? d.presenterBox : d.reservePresenter ? presenterBox(d.width, d.height, scene.presenter) : null;
  return logoBox(d.width, d.height, d.logo, presenter ? [presenter] : []);
}

function drawLogo(ctx: SKRSContext2D, d: SceneDrawing, scene: Scene): void {
  const box = logoPlacement(d);
  if (!box || !d.logo) return;
  ctx.save();
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  if (isFullBleed(d, scene)) {
    // Over a photo, a soft shadow keeps a light or dark logo legible whatever lies beneath.
    const unit = Math.min(d.width, d.height) / 1080;
    ctx.shadowColor = 'rgba(0,0,0,0.45)';
    ctx.shadowBlur = 18 * unit;
    ctx.shadowOffsetY = 2 * unit;
  }
  ctx.drawImage(d.logo, box.x, box.y, box.width, box.height);
  ctx.restore();
}

function drawImageFit(ctx: SKRSContext2D, image: Image, box: Box, fit: 'cover' | 'contain', radius: number, backdrop: string | null, view?: MediaView): void {
  const scale = fit === 'cover' ? Math.max(box.width / image.width, box.height / image.height) : Math.min(box.width / image.width, box.height / image.height);
  const w = image.width * scale;
  const h = image.height * scale;
  ctx.save();
  roundedRect(ctx, box, radius);
  ctx.clip();
  if (backdrop) {
    ctx.fillStyle = backdrop;
    ctx.fillRect(box.x, box.y, box.width, box.height);
  }
  if (view && view.zoom !== 1) {
    // As ffmpeg's zoompan: the box shows a window 1/zoom of its size, placed within the room that leaves.
    const windowX = (box.width - box.width / view.zoom) * view.x;
    const windowY = (box.height - box.height / view.zoom) * view.y;
    ctx.translate(box.x, box.y);
    ctx.scale(view.zoom, view.zoom);
    ctx.translate(-windowX - box.x, -windowY - box.y);
  }
  ctx.drawImage(image, box.x + (box.width - w) / 2, box.y + (box.height - h) / 2, w, h);
  ctx.restore();
}

function headlineOf(scene: Scene, storyboard: Storyboard): string {
  return scene.headline?.trim() || storyboard.title;
}

function framedMediaBox(area: Box, portrait: boolean, hasText: boolean): Box {
  return portrait
    ? { x: area.x, y: area.y, width: area.width, height: hasText ? area.height * 0.62 : area.height }
    : { x: area.x, y: area.y, width: hasText ? area.width * 0.58 : area.width, height: area.height };
}

/**
 * Where a media scene's image or clip goes: the whole frame for a full-bleed (cover) scene, which then has
 * an 'above' layer (scrim and headline); otherwise the framed box beside the headline, with nothing above.
 */
export function mediaPlacement(d: SceneDrawing): { box: Box; fit: 'cover' | 'contain'; hasTop: boolean } {
  const scene = d.storyboard.scenes[d.sceneIndex];
  if (!scene) throw new RangeError(`No scene ${d.sceneIndex}`);
  const fit = scene.media?.fit ?? 'cover';
  if (fit === 'cover' && d.media) return { box: { x: 0, y: 0, width: d.width, height: d.height }, fit, hasTop: true };
  const area = contentBox(d.width, d.height, scene.presenter, d.reservePresenter ?? false);
  return { box: framedMediaBox(area, d.height > d.width, (scene.headline?.trim() ?? '').length > 0), fit, hasTop: false };
}

/**
 * Draws one scene, as it appears while held on screen, onto a context of `width`×`height` pixels, with the
 * brand logo on top (in the 'above' layer of a full-bleed scene, since its moving picture covers 'below').
 */
export function drawScene(ctx: SKRSContext2D, d: SceneDrawing): void {
  const scene = d.storyboard.scenes[d.sceneIndex];
  if (!scene) throw new RangeError(`No scene ${d.sceneIndex}`);
  drawLayout(ctx, d, scene);
  const part = d.part ?? 'all';
  if (part === 'all' || part === (isFullBleed(d, scene) ? 'above' : 'below')) drawLogo(ctx, d, scene);
}

function drawLayout(ctx: SKRSContext2D, d: SceneDrawing, scene: Scene): void {
  const { style } = d;
  const p = style.palette;
  const portrait = d.height > d.width;
  const unit = Math.min(d.width, d.height) / 1080;
  const area = contentBox(d.width, d.height, scene.presenter, d.reservePresenter ?? false);
  const narrow = { ...area, width: portrait ? area.width : area.width * 0.8 };

  switch (scene.layout) {
    case 'title': {
      drawBackground(ctx, d, unit, 'title');
      const headline = headlineOf(scene, d.storyboard);
      const kicker = scene.headline && scene.headline.trim() !== d.storyboard.title ? d.storyboard.title : '';
      const blocks = [
        kicker ? textBlock(ctx, kicker.toUpperCase(), { ...narrow, height: 44 * unit }, { font: BODY(style, 700), maxSize: 30 * unit, minSize: 20 * unit, lineHeight: 1.2, maxLines: 1 }, { align: 'left', color: p.accent }) : null,
        textBlock(ctx, headline, { ...narrow, height: area.height * 0.62 }, { font: HEADING(style, 800), maxSize: (portrait ? 116 : 128) * unit, minSize: 40 * unit, lineHeight: 1.08 }, { align: 'left', color: p.text, gapBefore: 28 * unit }),
        barBlock(ctx, area.x, 150 * unit, 12 * unit, p.accent, 44 * unit),
      ].filter((b): b is Block => b !== null);
      drawStack(area, blocks);
      return;
    }
    case 'presenter': {
      drawBackground(ctx, d, unit, 'plain');
      drawHeader(ctx, d, unit, area);
      drawStack(area, [
        barBlock(ctx, area.x, 90 * unit, 10 * unit, p.accent, 0),
        textBlock(ctx, headlineOf(scene, d.storyboard), { ...narrow, height: area.height * 0.7 }, { font: HEADING(style, 800), maxSize: 104 * unit, minSize: 36 * unit, lineHeight: 1.12 }, { align: 'left', color: p.text, gapBefore: 36 * unit }),
      ].filter((b): b is Block => b !== null));
      return;
    }
    case 'bullets': {
      drawBackground(ctx, d, unit, 'plain');
      drawHeader(ctx, d, unit, area);
      const bullets = (scene.bullets ?? []).filter((b) => b.trim());
      const headline = textBlock(ctx, headlineOf(scene, d.storyboard), { ...area, height: area.height * (bullets.length ? 0.3 : 0.7) }, { font: HEADING(style, 800), maxSize: 96 * unit, minSize: 36 * unit, lineHeight: 1.1 }, { align: 'left', color: p.text });
      const used = (headline?.height ?? 0) + 40 * unit + 8 * unit + 48 * unit;
      const list = textBlock(ctx, bullets, { ...area, height: Math.max(0, area.height - used) }, { font: BODY(style, 500), maxSize: 60 * unit, minSize: 22 * unit, lineHeight: 1.28, paragraphGap: 0.75, indent: 1.5 }, { align: 'left', color: p.text, gapBefore: 48 * unit, marker: p.accent });
      drawStack(area, [headline, barBlock(ctx, area.x, 80 * unit, 8 * unit, p.accent, 40 * unit), list].filter((b): b is Block => b !== null));
      return;
    }
    case 'media': {
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
      else if (!d.media) {
        ctx.strokeStyle = withAlpha(p.accent, 0.5);
        ctx.lineWidth = 6 * unit;
        roundedRect(ctx, imageBox, 28 * unit);
        ctx.stroke();
      }
      if (hasText) {
        drawStack(textBox, [
          barBlock(ctx, textBox.x, 80 * unit, 8 * unit, p.accent, 0),
          textBlock(ctx, headline, { ...textBox, height: textBox.height - 40 * unit }, { font: HEADING(style, 800), maxSize: 76 * unit, minSize: 30 * unit, lineHeight: 1.12 }, { align: 'left', color: p.text, gapBefore: 32 * unit }),
        ].filter((b): b is Block => b !== null));
      }
      return;
    }
    case 'quote': {
      drawBackground(ctx, d, unit, 'plain');
      drawHeader(ctx, d, unit, area);
      const quoteSize = 220 * unit;
      const attribution = scene.attribution?.trim();
      const quoteMark: Block = {
        height: quoteSize * 0.5,
        gapBefore: 0,
        draw: (y) => {
          ctx.font = `900 ${quoteSize}px ${style.fonts.heading}`;
          ctx.fillStyle = p.accent;
          ctx.textBaseline = 'top';
          ctx.fillText('\u201C', area.x - quoteSize * 0.04, y - quoteSize * 0.02);
        },
      };
      const reserved = quoteMark.height + (attribution ? 140 * unit : 0) + 40 * unit;
      drawStack(area, [
        quoteMark,
        textBlock(ctx, headlineOf(scene, d.storyboard), { ...narrow, height: area.height - reserved }, { font: BODY(style, 600, true), maxSize: 80 * unit, minSize: 30 * unit, lineHeight: 1.25 }, { align: 'left', color: p.text, gapBefore: 24 * unit }),
        attribution ? barBlock(ctx, area.x, 60 * unit, 6 * unit, p.accent, 48 * unit) : null,
        attribution ? textBlock(ctx, attribution, { ...narrow, height: 50 * unit }, { font: BODY(style, 600), maxSize: 36 * unit, minSize: 22 * unit, lineHeight: 1.2, maxLines: 1 }, { align: 'left', color: p.mutedText, gapBefore: 24 * unit }) : null,
      ].filter((b): b is Block => b !== null));
      return;
    }
    case 'stat': {
      drawBackground(ctx, d, unit, 'title');
      drawHeader(ctx, d, unit, area);
      const figure = scene.stat?.trim() || headlineOf(scene, d.storyboard);
      const label = scene.stat?.trim() ? scene.headline?.trim() ?? '' : '';
      drawStack(area, [
        textBlock(ctx, figure, { ...area, height: area.height * 0.5 }, { font: HEADING(style, 900), maxSize: (portrait ? 260 : 300) * unit, minSize: 60 * unit, lineHeight: 1.05, maxLines: 2 }, { align: 'center', color: p.accent }),
        barBlock(ctx, area.x + area.width / 2 - 50 * unit, 100 * unit, 8 * unit, withAlpha(p.text, 0.25), 36 * unit),
        label ? textBlock(ctx, label, { x: area.x + area.width * 0.1, y: area.y, width: area.width * 0.8, height: area.height * 0.3 }, { font: BODY(style, 600), maxSize: 60 * unit, minSize: 26 * unit, lineHeight: 1.2 }, { align: 'center', color: p.text, gapBefore: 40 * unit }) : null,
      ].filter((b): b is Block => b !== null));
      return;
    }
    case 'cta': {
      drawBackground(ctx, d, unit, 'cta');
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
      drawStack(area, [
        textBlock(ctx, d.storyboard.title.toUpperCase(), { ...area, height: 44 * unit }, { font: BODY(style, 700), maxSize: 28 * unit, minSize: 18 * unit, lineHeight: 1.2, maxLines: 1 }, { align: 'center', color: p.accent }),
        textBlock(ctx, headlineOf(scene, d.storyboard), { x: area.x + area.width * 0.05, y: area.y, width: area.width * 0.9, height: area.height - reserved }, { font: HEADING(style, 800), maxSize: 120 * unit, minSize: 40 * unit, lineHeight: 1.08 }, { align: 'center', color: p.text, gapBefore: 28 * unit }),
        pill,
      ].filter((b): b is Block => b !== null));
      return;
    }
  }
}
