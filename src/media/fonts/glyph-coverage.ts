import type { Storyboard } from '../../storyboard/index.js';
import { chainCoverage, fallbackChain, needsGlyph } from './font-chain.js';
import { storyboardText } from './storyboard-fonts.js';

export interface GlyphCoverage {
  /** Characters that need a glyph (spaces, joiners and marks excluded), counted once each. */
  characters: number;
  /** Those no font of the chain draws: each would render as a missing-glyph box. */
  missing: string[];
  /** The families the text is drawn with. */
  families: string[];
}

/** Checks, with the fonts' own character maps, that the chain a storyboard is drawn with has every character of its visible text. */
export function storyboardGlyphCoverage(storyboard: Pick<Storyboard, 'title' | 'scenes' | 'language'>, primary = 'Inter'): GlyphCoverage {
  const text = storyboardText(storyboard);
  const { families, missing } = chainCoverage(text, fallbackChain(primary, storyboard.language));
  const characters = new Set([...text].filter((c) => needsGlyph(c.codePointAt(0)!))).size;
  return { characters, missing, families };
}
