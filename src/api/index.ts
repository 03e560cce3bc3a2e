export { buildApp, jsonBodyLimit } from './build-app.js';
export type { AppDeps } from './app-deps.js';
export * from './http/index.js';
export * from './media/index.js';
export { toVideoView, VideoSchema, unixSeconds, type VideoView } from './videos/index.js';
export { toAssetView, AssetSchema, assetBlobKey, type AssetView } from './assets/index.js';
