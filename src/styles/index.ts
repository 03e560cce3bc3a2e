export type { Style } from './style.js';
export { listStyles, getStyle, DEFAULT_STYLE_ID } from './styles.js';
export { bundledFontFiles, registerBundledFonts } from './bundled-fonts.js';
export { applyBrand, contrastRatio, type BrandColors } from './apply-brand.js';
