import type { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { AppError } from '../../errors/index.js';
import { checkClaimedType, sniffMediaType } from '../../files/index.js';
import type { AppDeps } from '../app-deps.js';
import { DataEnvelope, errorResponses, ok } from '../http/index.js';
import { ByteMeter } from './byte-meter.js';

/** PUT /uploads/:token: the bytes of a direct upload. The signed token is the authorisation (no API key). */
export const uploadRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const { store, blobs } = deps;
  // Any Content-Type: the body is streamed to the blob as it arrives, never parsed or buffered.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (_request, payload, done) => done(null, payload));

  app.put('/uploads/:token', {
    schema: {
      summary: 'Upload the bytes of a direct upload (the upload_url from POST /v3/assets/direct-uploads)',
      tags: ['assets'],
      params: Type.Object({ token: Type.String({ minLength: 1, maxLength: 4096 }) }),
      response: {
        200: DataEnvelope(Type.Object({ asset_id: Type.String(), size_bytes: Type.Integer(), sha256: Type.String(), status: Type.Literal('pending_upload') })),
        ...errorResponses,
      },
    },
    handler: async (request) => {
      const payload = app.mediaLinks.verifyToken(request.params.token);
      if (payload.p !== 'upload' || typeof payload.a !== 'string' || typeof payload.o !== 'string') {
        throw new AppError('not_found', 'No such upload.');
      }
      const asset = await store.getAsset(payload.a, payload.o);
      if (!asset) throw new AppError('not_found', 'No such upload.');
      if (asset.status !== 'pending_upload') throw new AppError('conflict', 'This upload was already completed.');
      const body = request.body as Readable | undefined;
      if (body === undefined) throw new AppError('validation_error', 'The body is empty.', { param: 'size_bytes' });

      const meter = new ByteMeter(asset.size_bytes);
      body.on('error', (error) => meter.destroy(error));
      body.pipe(meter);
      await meter.into(blobs, asset.blob_key);
      try {
        if (meter.size !== asset.size_bytes) {
          throw new AppError('validation_error', `Expected ${asset.size_bytes} bytes, got ${meter.size}.`, { param: 'size_bytes' });
        }
        const sha256 = meter.sha256();
        if (asset.sha256 !== null && asset.sha256 !== sha256) {
          throw new AppError('validation_error', 'The bytes do not match checksum_sha256.', { param: 'checksum_sha256' });
        }
        const sniffed = checkClaimedType(sniffMediaType(meter.head(), { filename: asset.filename }), asset.mime_type, 'file');
        await store.updateAsset(asset.id, { mime_type: sniffed.mimeType, sha256 });
        return ok({ asset_id: asset.id, size_bytes: meter.size, sha256, status: 'pending_upload' as const });
      } catch (error) {
        await blobs.delete(asset.blob_key);
        throw error;
      }
    },
  });
};
