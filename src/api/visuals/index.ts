export { visualRoutes } from './visual-routes.js';
export { VisualSearchQuery, VisualSearchResult, VisualHitSchema, LibraryPreviewParams } from './visual-schemas.js';
