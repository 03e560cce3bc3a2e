import { cjkOrder, FONT_FAMILIES } from './noto-faces.js';
import { familyCovers, fontFamily } from './font-registry.js';

/**
 * The fallback order for text drawn in `primary` (a style's font) in a language: the primary face, Noto
 * Sans for Latin, Greek and Cyrillic it lacks, the CJK faces in the language's order, then one face per script.
 */
export function fallbackChain(primary: string, language: string | null): string[] {
  const cjk = cjkOrder(language);
  const rest = FONT_FAMILIES.map((f) => f.family).filter((f) => f !== 'Inter' && f !== 'Noto Sans' && !cjk.includes(f));
  const chain = [primary, 'Noto Sans', ...cjk, ...rest];
  return chain.filter((family, i) => chain.indexOf(family) === i && fontFamily(family) !== null);
}

/** Characters a shaper handles without a glyph of their own: spaces, controls, joiners, bidi marks, variation selectors. */
export function needsGlyph(codePoint: number): boolean {
  const char = String.fromCodePoint(codePoint);
  return !/[\s\p{Cc}\p{Cf}\p{Mn}\p{Me}]/u.test(char) && !(codePoint >= 0xfe00 && codePoint <= 0xfe0f);
}

export interface ChainCoverage {
  /** The families the text needs, in chain order (the primary always first). */
  families: string[];
  /** Characters no family of the chain draws. */
  missing: string[];
}

/** Which faces of the chain draw the text (the first one that has each character), and what none draws. */
export function chainCoverage(text: string, chain: readonly string[]): ChainCoverage {
  const used = new Set<string>([chain[0]!]);
  const missing = new Set<string>();
  const seen = new Set<number>();
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (seen.has(cp) || !needsGlyph(cp)) continue;
    seen.add(cp);
    const family = chain.find((f) => familyCovers(f, cp));
    if (family) used.add(family);
    else missing.add(char);
  }
  return { families: chain.filter((f) => used.has(f)), missing: [...missing] };
}
