import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { loadPortrait, newPhotoAvatarId, type PhotoAvatar } from '../../avatars/index.js';
import { AppError, invalid } from '../../errors/index.js';
import type { AppDeps } from '../app-deps.js';
import { DataEnvelope, errorResponses } from '../http/index.js';
import type { AvatarContext } from './avatar-context.js';
import { AvatarLookSchema, CreatePhotoAvatarBody } from './avatar-schemas.js';

/** At most this many photo looks per key: they are listed from one index blob. */
const MAX_PHOTO_LOOKS_PER_OWNER = 50;
/** Smallest portrait accepted, in pixels per side: smaller would be a blur in a 1080p frame. */
const MIN_PORTRAIT_SIDE = 64;

/** POST /v3/avatars/photo: a look made from a key's uploaded portrait. */
export const photoAvatarRoute: FastifyPluginAsyncTypebox<{ deps: AppDeps; context: AvatarContext }> = async (app, { deps, context }) => {
  const { photos, photoView } = context;
  app.post('/avatars/photo', {
    schema: {
      summary: 'Make a photo avatar look from an uploaded portrait image',
      tags: ['avatars'],
      body: CreatePhotoAvatarBody,
      response: { 200: DataEnvelope(AvatarLookSchema), ...errorResponses },
    },
    handler: async (request) => {
      const name = request.body.name.trim();
      if (name === '') throw invalid('name', 'name must not be blank.');
      const assetId = request.body.asset_id;
      const asset = await deps.store.getAsset(assetId, request.owner);
      if (!asset) throw invalid('asset_id', `No asset ${assetId}; upload the portrait first (POST /v3/assets).`);
      if (asset.status !== 'ready') throw invalid('asset_id', `Asset ${assetId} has not been completed yet.`);
      if (!asset.mime_type.startsWith('image/')) throw invalid('asset_id', `Asset ${assetId} is ${asset.mime_type}; a photo avatar needs an image (PNG, JPEG or WebP).`);
      const image = await loadPortrait(await deps.blobs.get(asset.blob_key));
      if (!image) throw invalid('asset_id', `Asset ${assetId} is not an image that can be decoded.`);
      if (Math.min(image.width, image.height) < MIN_PORTRAIT_SIDE) {
        throw invalid('asset_id', `The portrait is ${image.width}×${image.height}; it needs at least ${MIN_PORTRAIT_SIDE} pixels on each side.`);
      }
      const look: PhotoAvatar = {
        id: newPhotoAvatarId(),
        owner: request.owner,
        name,
        asset_id: asset.id,
        blob_key: asset.blob_key,
        image_sha256: asset.sha256,
        image_width: image.width,
        image_height: image.height,
        created_at: Date.now(),
      };
      // Counted and stored under the owner's lock, so racing creates (any process) cannot pass the limit.
      if (!(await photos.add(look, MAX_PHOTO_LOOKS_PER_OWNER))) {
        throw new AppError('validation_error', `A key can have at most ${MAX_PHOTO_LOOKS_PER_OWNER} photo avatars.`);
      }
      return { data: photoView(look) };
    },
  });
};
