export { FONT_FAMILIES, cjkOrder, type FontFamily } from './noto-faces.js';
export { readCmap, rangesInclude, type CodePointRanges } from './read-cmap.js';
export { familyCovers, familyFiles, fontFamily, registerFamily } from './font-registry.js';
export { chainCoverage, fallbackChain, needsGlyph, type ChainCoverage } from './font-chain.js';
export { captionFontFamily, familyListFiles, parseFamilyList, storyboardText, withStoryboardFonts } from './storyboard-fonts.js';
export { storyboardGlyphCoverage, type GlyphCoverage } from './glyph-coverage.js';
