import type { Storyboard } from '../../storyboard/index.js';
import { chainCoverage, fallbackChain } from './font-chain.js';
import { familyCovers, familyFiles, fontFamily, registerFamily } from './font-registry.js';

/** Every piece of text a storyboard shows: title, headlines, bullets, figures, attributions, and the narration as captions. */
export function storyboardText(storyboard: Pick<Storyboard, 'title' | 'scenes'>): string {
  const parts = [storyboard.title];
  for (const scene of storyboard.scenes) parts.push(scene.narration, scene.headline ?? '', ...(scene.bullets ?? []), scene.stat ?? '', scene.attribution ?? '');
  return parts.join('\n');
}

/** `Inter, "Noto Sans JP"` → ["Inter", "Noto Sans JP"] */
export function parseFamilyList(css: string): string[] {
  return css.split(',').map((f) => f.trim().replace(/^["']|["']$/g, '')).filter(Boolean);
}

function cssList(families: readonly string[]): string {
  return families.map((f) => (/\s/.test(f) ? `"${f}"` : f)).join(', ');
}

/**
 * The style's heading and body fonts extended with the faces a storyboard's text needs, in the storyboard
 * language's fallback order, registered with the canvas on first use. Text in Latin script alone keeps the style's font.
 */
export function withStoryboardFonts<S extends { fonts: { heading: string; body: string } }>(style: S, storyboard: Pick<Storyboard, 'title' | 'scenes' | 'language'>): S {
  const text = storyboardText(storyboard);
  const extend = (primary: string): string => {
    const families = chainCoverage(text, fallbackChain(primary, storyboard.language)).families;
    for (const family of families) registerFamily(family);
    return cssList(families);
  };
  return { ...style, fonts: { heading: extend(style.fonts.heading), body: extend(style.fonts.body) } };
}

/**
 * The one family libass is told to use for captions (it takes a single name; its own fallback covers the
 * odd character): the first face of the list that draws every character, else the one that draws the most.
 */
export function captionFontFamily(css: string, text: string): string {
  const families = parseFamilyList(css).filter((f) => fontFamily(f) !== null);
  if (families.length === 0) return parseFamilyList(css)[0] ?? css;
  const codePoints = [...new Set([...text].map((c) => c.codePointAt(0)!))].filter((cp) => cp > 0x20 && !/[\s\p{P}\p{Cf}]/u.test(String.fromCodePoint(cp)));
  let best = families[0]!;
  let bestCount = -1;
  for (const family of families) {
    const count = codePoints.filter((cp) => familyCovers(family, cp)).length;
    if (count === codePoints.length) return family;
    if (count > bestCount) [best, bestCount] = [family, count];
  }
  return best;
}

/** The TTF files of the known families of a CSS list, for libass's `fontsdir`. */
export function familyListFiles(css: string): string[] {
  return parseFamilyList(css)
    .filter((f) => fontFamily(f) !== null)
    .flatMap((f) => familyFiles(f));
}
