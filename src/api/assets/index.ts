export { assetRoutes, assetBlobKey, directUploadMaxBytes, uploadUrlTtlSec } from './asset-routes.js';
export { uploadRoutes } from './upload-routes.js';
export { AssetSchema, toAssetView, type AssetView } from './asset-view.js';
export { ByteMeter, trimToUtf8Boundary } from './byte-meter.js';
