export { assetRoutes, assetBlobKey, uploadUrlTtlSec } from './asset-routes.js';
export { uploadRoutes } from './upload-routes.js';
export { toAssetView, type AssetView } from './asset-view.js';
export { AssetSchema, AssetParams, DirectUploadBody, DirectUploadView, directUploadMaxBytes } from './asset-schemas.js';
export { ByteMeter, trimToUtf8Boundary } from './byte-meter.js';
