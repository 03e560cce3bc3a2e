import type { Style } from './style.js';

/** The part of a storyboard's `brand` the palette is built from (src/storyboard's StoryboardBrand). */
export interface BrandColors {
  colors: { primary: string; secondary?: string | undefined; background?: string | undefined; text?: string | undefined };
  font: string;
}

type Rgb = [number, number, number];

function parse(hex: string): Rgb | null {
  const m = /^#([0-9a-f]{6})(?:[0-9a-f]{2})?$/i.exec(hex.trim());
  if (!m) return null;
  const n = Number.parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function hex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}

/** WCAG relative luminance. */
function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two colours (1 to 21); colours that do not parse count as no contrast. */
export function contrastRatio(a: string, b: string): number {
  const x = parse(a);
  const y = parse(b);
  if (!x || !y) return 1;
  const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `a` moved `amount` (0..1) of the way towards `b`. */
function mix(a: string, b: string, amount: number): string {
  const x = parse(a)!;
  const y = parse(b)!;
  return hex([x[0] + (y[0] - x[0]) * amount, x[1] + (y[1] - x[1]) * amount, x[2] + (y[2] - x[2]) * amount]);
}

const DARK = '#0F172A';
const LIGHT = '#FFFFFF';

/** Whichever of dark ink and white reads better on `background`. */
function inkFor(background: string): string {
  return contrastRatio(DARK, background) >= contrastRatio(LIGHT, background) ? DARK : LIGHT;
}

/**
 * `color` itself when it reaches `min` contrast on `background`; otherwise the colour pushed towards the
 * readable ink just far enough, so a brand's hue survives wherever it can.
 */
function readable(color: string, background: string, min: number): string {
  if (contrastRatio(color, background) >= min) return color.toUpperCase();
  const ink = inkFor(background);
  for (let step = 1; step <= 10; step++) {
    const candidate = mix(color, ink, step / 10);
    if (contrastRatio(candidate, background) >= min) return candidate;
  }
  return ink;
}

/**
 * The style redrawn in a brand's colours and font. Text keeps at least 4.5:1 contrast on the background
 * (WCAG AA), the accent and muted text at least 3:1; a brand colour that would be unreadable is darkened
 * or lightened towards readable ink rather than dropped. Colours that do not parse are ignored.
 * Pure: the style passed in is not changed.
 */
export function applyBrand(style: Style, brand: BrandColors | null | undefined): Style {
  if (!brand) return style;
  const valid = (c: string | undefined): string | null => (c && parse(c) ? c.toUpperCase() : null);
  const primary = valid(brand.colors.primary);
  const secondary = valid(brand.colors.secondary);
  const background = valid(brand.colors.background) ?? style.palette.background;
  // A brand background gets its own gradient stop; the style's stop only fits the style's background.
  const backgroundAlt = valid(brand.colors.background) ? mix(background, secondary ?? primary ?? inkFor(background), 0.12) : style.palette.backgroundAlt;
  const text = readable(valid(brand.colors.text) ?? style.palette.text, background, 4.5);
  const accent = readable(primary ?? style.palette.accent, background, 3);
  const surface = valid(brand.colors.background) ? mix(background, text, 0.06) : style.palette.surface;
  // The style's muted tone was chosen for its own text and background: keep it while both stand.
  const ownGround = text === style.palette.text.toUpperCase() && background === style.palette.background.toUpperCase();
  const mutedText = ownGround ? style.palette.mutedText : readable(mix(text, background, 0.35), background, 3);
  // Caption words sit on the caption box (or on the picture, outlined in dark): the highlight must read there.
  const captionGround = style.captions.box ? style.captions.box.slice(0, 7) : '#000000';
  const highlight = primary && contrastRatio(primary, captionGround) >= 3 ? primary : secondary && contrastRatio(secondary, captionGround) >= 3 ? secondary : style.captions.highlight;
  const font = brand.font.trim() || style.fonts.heading;
  return {
    ...style,
    tags: [...style.tags],
    palette: { background, backgroundAlt, surface, text, mutedText, accent },
    fonts: { heading: font, body: font },
    captions: { ...style.captions, highlight },
  };
}
