import type { Static } from 'typebox';
import type { AssetRecord } from '../../store/index.js';
import { AssetSchema } from './asset-schemas.js';
import { mediaUrl, type MediaLinks } from '../media/index.js';

export type AssetView = Static<typeof AssetSchema>;

export function toAssetView(asset: AssetRecord, links: MediaLinks): AssetView {
  return {
    asset_id: asset.id,
    url: asset.status === 'ready' ? mediaUrl(links, asset.blob_key, { contentType: asset.mime_type, ...(asset.filename ? { filename: asset.filename } : {}) }) : null,
    mime_type: asset.mime_type,
    size_bytes: asset.size_bytes,
    status: asset.status,
    filename: asset.filename,
    created_at: Math.floor(asset.created_at / 1000),
  };
}
