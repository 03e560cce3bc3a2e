import Type from 'typebox';
import { Nullable } from '../http/index.js';

/** Largest file a direct upload takes (the multipart route takes config.maxUploadBytes). */
export const directUploadMaxBytes = 2 * 1024 * 1024 * 1024;

export const AssetSchema = Type.Object({
  asset_id: Type.String(),
  url: Nullable(Type.String({ description: 'Signed download link; null until the upload is complete' })),
  mime_type: Type.String(),
  size_bytes: Type.Integer(),
  status: Type.Union([Type.Literal('pending_upload'), Type.Literal('ready')]),
  filename: Nullable(Type.String()),
  created_at: Type.Integer({ description: 'Unix seconds' }),
});
export const AssetParams = Type.Object({ asset_id: Type.String({ minLength: 1, maxLength: 128 }) });

export const DirectUploadBody = Type.Object({
  filename: Type.String({ minLength: 1, maxLength: 255 }),
  content_type: Type.String({ minLength: 3, maxLength: 255 }),
  size_bytes: Type.Integer({ minimum: 1, maximum: directUploadMaxBytes }),
  checksum_sha256: Type.Optional(Type.String({ pattern: '^[A-Fa-f0-9]{64}$' })),
});

export const DirectUploadView = Type.Object({
  asset_id: Type.String(),
  upload_url: Type.String(),
  upload_headers: Type.Record(Type.String(), Type.String()),
  expires_in_seconds: Type.Integer(),
  max_bytes: Type.Integer({ description: 'The most any direct upload may hold; this one must hold exactly size_bytes' }),
  status: Type.Literal('pending_upload'),
});

export const CompleteUploadBody = Type.Object({});
