import { listStyles, type Style } from '../../styles/index.js';
import type { PlanBrand } from '../planner.js';

function rgb(hex: string): [number, number, number] | null {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(hex);
  return m ? [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)] : null;
}

/** "Redmean" colour distance: cheap and much closer to perception than plain RGB distance. */
function distance(a: string, b: string): number {
  const x = rgb(a);
  const y = rgb(b);
  if (!x || !y) return 0;
  const r = (x[0] + y[0]) / 2;
  const [dr, dg, db] = [x[0] - y[0], x[1] - y[1], x[2] - y[2]];
  return Math.sqrt((2 + r / 256) * dr * dr + 4 * dg * dg + (2 + (255 - r) / 256) * db * db);
}

/**
 * The built-in style that looks most like a brand kit: the kit's primary colour against the style's
 * accent (and background, for a style whose background is the brand colour), its background and text
 * colours against the style's. Ties go to the earlier (default-first) style.
 */
export function closestStyleId(brand: PlanBrand, allowed: readonly string[], styles: readonly Style[] = listStyles()): string | null {
  const candidates = styles.filter((s) => allowed.length === 0 || allowed.includes(s.style_id));
  let best: { id: string; score: number } | null = null;
  for (const style of candidates) {
    const p = style.palette;
    let score = Math.min(distance(brand.colors.primary, p.accent), distance(brand.colors.primary, p.background) * 1.2);
    if (brand.colors.secondary) score += 0.5 * Math.min(distance(brand.colors.secondary, p.accent), distance(brand.colors.secondary, p.backgroundAlt));
    if (brand.colors.background) score += 1.5 * distance(brand.colors.background, p.background);
    if (brand.colors.text) score += distance(brand.colors.text, p.text);
    if (!best || score < best.score) best = { id: style.style_id, score };
  }
  return best?.id ?? null;
}
