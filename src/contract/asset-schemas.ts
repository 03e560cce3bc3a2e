import Type from 'typebox';
import { Nullable } from './nullable.js';

export const AssetSchema = Type.Object({
  asset_id: Type.String(),
  url: Nullable(Type.String({ description: 'Signed download link; null until the upload is complete' })),
  mime_type: Type.String(),
  size_bytes: Type.Integer(),
  status: Type.Union([Type.Literal('pending_upload'), Type.Literal('ready')]),
  filename: Nullable(Type.String()),
  created_at: Type.Integer({ description: 'Unix seconds' }),
});
