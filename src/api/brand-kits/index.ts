export { brandKitRoutes } from './brand-kit-routes.js';
export { BrandKitView, CreateBrandKitBody, BrandKitParams } from './brand-kit-schemas.js';
