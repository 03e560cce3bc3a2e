export { bundledFontFamilies, HEX_COLOR, type BrandKit } from './brand-kit.js';
export { BlobBrandKitStore, type BrandKitStore } from './brand-kit-store.js';
export { toPlanBrand } from './to-plan-brand.js';
