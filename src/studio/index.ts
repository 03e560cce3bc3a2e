export { bundleStudio, findWebRoot, studioRoutes, type StudioOptions } from './studio-routes.js';
