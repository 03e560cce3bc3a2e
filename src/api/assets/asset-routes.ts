import { createHash } from 'node:crypto';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AppError } from '../../errors/index.js';
import { checkClaimedType, sanitiseFilename, sniffMediaType } from '../../files/index.js';
import { newId, type AssetRecord } from '../../store/index.js';
import type { AppDeps } from '../app-deps.js';
import { DataEnvelope, errorResponses, ok, type Idempotency } from '../http/index.js';
import { AssetParams, AssetSchema, CompleteUploadBody, DirectUploadBody, DirectUploadView, directUploadMaxBytes } from './asset-schemas.js';
import { toAssetView } from './asset-view.js';
import { ByteMeter } from './byte-meter.js';

/** How long an upload_url stays valid. */
export const uploadUrlTtlSec = 3600;

/** Where an asset's bytes live; the owner in the path keeps one key's files apart from another's. */
export function assetBlobKey(owner: string, assetId: string): string {
  return `assets/${owner}/${assetId}`;
}

type AssetPlugin = FastifyPluginAsyncTypebox<{ deps: AppDeps; idempotency: Idempotency }>;

/** POST /v3/assets: one file as multipart/form-data, its type sniffed from the bytes. */
const multipartUploadRoute: AssetPlugin = async (app, { deps, idempotency }) => {
  const { store, blobs, config } = deps;
  app.post('/assets', {
    // The body is the file, so the Idempotency-Key is matched on the file's hash once it is read (below).
    config: { idempotency: false },
    schema: {
      summary: 'Upload a file (multipart/form-data, field "file", up to 32 MB)',
      tags: ['assets'],
      consumes: ['multipart/form-data'],
      response: { 200: DataEnvelope(AssetSchema), ...errorResponses },
    },
    handler: async (request, reply) => {
      const part = await request.file();
      if (!part) throw new AppError('validation_error', 'Send the file as multipart/form-data field "file".', { param: 'file' });
      if (part.fieldname !== 'file') {
        part.file.resume();
        throw new AppError('validation_error', `The file must be in the field "file", not "${part.fieldname}".`, { param: 'file' });
      }
      const owner = request.owner;
      const id = newId('asset');
      const key = assetBlobKey(owner, id);
      const meter = new ByteMeter(config.maxUploadBytes);
      part.file.on('error', (error) => meter.destroy(error));
      part.file.pipe(meter);
      await meter.into(blobs, key);
      // Busboy stops at the limit and marks the part truncated (the error goes elsewhere): a short file is not a file.
      if (part.file.truncated) {
        await blobs.delete(key);
        throw new AppError('payload_too_large', `The file is larger than ${config.maxUploadBytes} bytes.`, { param: 'file' });
      }
      const filename = sanitiseFilename(part.filename);
      let sniffed;
      try {
        if (meter.size === 0) throw new AppError('validation_error', 'The file is empty.', { param: 'file' });
        sniffed = checkClaimedType(sniffMediaType(meter.head(), { filename }), part.mimetype, 'file');
        const hash = createHash('sha256').update(`${request.url}\n${filename ?? ''}\n${meter.sha256()}`).digest('hex');
        if (!(await idempotency.begin(request, reply, hash))) {
          await blobs.delete(key);
          return reply;
        }
      } catch (error) {
        await blobs.delete(key);
        throw error;
      }
      const asset: AssetRecord = {
        id,
        owner,
        status: 'ready',
        filename,
        mime_type: sniffed.mimeType,
        size_bytes: meter.size,
        sha256: meter.sha256(),
        blob_key: key,
        created_at: Date.now(),
      };
      await store.insertAsset(asset);
      return ok(toAssetView(asset, app.mediaLinks));
    },
  });
};

/** Direct uploads (create, then complete after the PUT) and GET /v3/assets/{asset_id}. */
const directUploadRoutes: AssetPlugin = async (app, { deps }) => {
  const { store, blobs, config } = deps;
  app.post('/assets/direct-uploads', {
    schema: {
      summary: 'Start a direct upload: PUT the bytes to upload_url, then POST /v3/assets/{asset_id}/complete',
      tags: ['assets'],
      body: DirectUploadBody,
      response: {
        200: DataEnvelope(DirectUploadView),
        ...errorResponses,
      },
    },
    handler: async (request) => {
      const body = request.body;
      const owner = request.owner;
      const id = newId('asset');
      const contentType = body.content_type.trim().toLowerCase();
      await store.insertAsset({
        id,
        owner,
        status: 'pending_upload',
        filename: sanitiseFilename(body.filename),
        mime_type: contentType,
        size_bytes: body.size_bytes,
        sha256: body.checksum_sha256?.toLowerCase() ?? null,
        blob_key: assetBlobKey(owner, id),
        created_at: Date.now(),
      });
      const token = app.mediaLinks.signToken({ p: 'upload', a: id, o: owner }, uploadUrlTtlSec);
      return ok({
        asset_id: id,
        upload_url: `${config.publicUrl}/uploads/${token}`,
        upload_headers: { 'Content-Type': contentType },
        expires_in_seconds: uploadUrlTtlSec,
        max_bytes: directUploadMaxBytes,
        status: 'pending_upload' as const,
      });
    },
  });

  app.post('/assets/:asset_id/complete', {
    schema: {
      summary: 'Finish a direct upload (idempotent); the asset is usable afterwards',
      tags: ['assets'],
      params: AssetParams,
      body: CompleteUploadBody,
      response: { 200: DataEnvelope(AssetSchema), ...errorResponses },
    },
    handler: async (request) => {
      const asset = await store.getAsset(request.params.asset_id, request.owner);
      if (!asset) throw new AppError('not_found', 'No such asset.', { param: 'asset_id' });
      if (asset.status === 'ready') return ok(toAssetView(asset, app.mediaLinks));
      const info = await blobs.stat(asset.blob_key);
      // The PUT checks size, checksum and type before it answers; a blob of the wrong size is one not yet checked.
      if (info === null || info.size !== asset.size_bytes) {
        throw new AppError('conflict', 'The bytes have not been uploaded yet: PUT them to upload_url first.');
      }
      const updated = await store.updateAsset(asset.id, { status: 'ready' });
      return ok(toAssetView(updated ?? { ...asset, status: 'ready' }, app.mediaLinks));
    },
  });

  app.get('/assets/:asset_id', {
    schema: {
      summary: 'Get an asset',
      tags: ['assets'],
      params: AssetParams,
      response: { 200: DataEnvelope(AssetSchema), ...errorResponses },
    },
    handler: async (request) => {
      const asset = await store.getAsset(request.params.asset_id, request.owner);
      if (!asset) throw new AppError('not_found', 'No such asset.', { param: 'asset_id' });
      return ok(toAssetView(asset, app.mediaLinks));
    },
  });
};

/** /v3/assets: multipart upload, direct uploads (create, complete), get. */
export const assetRoutes: AssetPlugin = async (app, options) => {
  await app.register(multipart, { limits: { fileSize: options.deps.config.maxUploadBytes, files: 1, fields: 10, parts: 11 } });
  await app.register(multipartUploadRoute, options);
  await app.register(directUploadRoutes, options);
};
