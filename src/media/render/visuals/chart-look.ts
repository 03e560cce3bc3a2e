import type { SKRSContext2D } from '@napi-rs/canvas';
import type { ChartData } from '../../../storyboard/index.js';
import type { Style } from '../../../styles/index.js';
import { luminance, parseHexColor } from '../color.js';

/** What every chart drawer shares: the style's colours and type, the frame's unit and the narration's locale. */
export interface ChartLook {
  style: Style;
  unit: number;
  locale: string;
  /** Series colours: the accent first, then the brand's second colour or the accent turned. */
  series: string[];
}

export function chartLook(style: Style, unit: number, locale: string, secondary?: string): ChartLook {
  const accent = style.palette.accent;
  return { style, unit, locale, series: [accent, secondary ?? rotateHue(accent, 38), rotateHue(accent, -46), rotateHue(accent, 150)] };
}

/** Ink that reads on `fill`. */
export function inkOn(fill: string): string {
  return luminance(fill) > 0.45 ? '#111111' : '#FFFFFF';
}

/** Slow at the end: bars settle and numbers land instead of stopping dead. */
export function easeOut(t: number): number {
  const c = Math.min(1, Math.max(0, t));
  return 1 - (1 - c) ** 3;
}

/** Item `i` of `n` starts a little after the one before: the whole set still ends at progress 1. */
export function staggered(progress: number, i: number, n: number): number {
  const lag = n > 1 ? 0.35 / (n - 1) : 0;
  return easeOut((progress - i * lag) / (1 - 0.35 * (n > 1 ? 1 : 0)));
}

/**
 * A value as the chart shows it, at `fraction` of its way up from zero: digits as the narration's language
 * writes them ("4,2" in German), as many decimals as the figure has, with the chart's prefix and suffix.
 */
export function formatValue(chart: Pick<ChartData, 'prefix' | 'suffix'>, value: number, fraction: number, locale: string): string {
  const decimals = Math.min(2, (String(value).split('.')[1] ?? '').length);
  let text: string;
  try {
    text = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value * fraction);
  } catch {
    text = (value * fraction).toFixed(decimals);
  }
  return `${chart.prefix ?? ''}${text}${chart.suffix ?? ''}`;
}

/** Sets the font and returns the size that makes `text` fit `width` (from `max` down to `min`). */
export function fitFont(ctx: SKRSContext2D, text: string, width: number, max: number, min: number, font: (size: number) => string): number {
  let size = max;
  ctx.font = font(size);
  const measured = ctx.measureText(text).width;
  if (measured > width) size = Math.max(min, Math.floor((max * width) / measured));
  ctx.font = font(size);
  return size;
}

/** A single-line label cut with an ellipsis to `width` at the context's font. */
export function clipLabel(ctx: SKRSContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let cut = text;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

function rotateHue(hex: string, degrees: number): string {
  const { r, g, b } = parseHexColor(hex);
  const [h, s, l] = toHsl(r / 255, g / 255, b / 255);
  const [nr, ng, nb] = fromHsl((h + degrees / 360 + 1) % 1, Math.max(0.35, s), Math.min(0.7, Math.max(0.4, l)));
  const hx = (n: number) => Math.round(n * 255).toString(16).padStart(2, '0');
  return `#${hx(nr)}${hx(ng)}${hx(nb)}`;
}

function toHsl(r: number, g: number, b: number): [number, number, number] {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h / 6, s, l];
}

function fromHsl(h: number, s: number, l: number): [number, number, number] {
  if (s === 0) return [l, l, l];
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (t0: number) => {
    const t = (t0 + 1) % 1;
    if (t < 1 / 6) return p + (q - p) * 6 * t;
    if (t < 1 / 2) return q;
    if (t < 2 / 3) return p + (q - p) * (2 / 3 - t) * 6;
    return p;
  };
  return [channel(h + 1 / 3), channel(h), channel(h - 1 / 3)];
}
