import Type, { type Static } from 'typebox';
import type { AssetRecord } from '../../store/index.js';
import { Nullable } from '../http/index.js';
import { mediaUrl, type MediaLinks } from '../media/index.js';

export const AssetSchema = Type.Object({
  asset_id: Type.String(),
  url: Nullable(Type.String({ description: 'Signed download link; null until the upload is complete' })),
  mime_type: Type.String(),
  size_bytes: Type.Integer(),
  status: Type.Union([Type.Literal('pending_upload'), Type.Literal('ready')]),
  filename: Nullable(Type.String()),
  created_at: Type.Integer({ description: 'Unix seconds' }),
});
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
