import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import {
  BlobPhotoAvatarStore, getAvatarLook, listAvatarGroups, listAvatarLooks, loadPortrait, newPhotoAvatarId, renderAvatarPreviewImage,
  renderAvatarPreviewVideo, renderPhotoAvatarPreviewImage, renderPhotoAvatarPreviewVideo, PREVIEW_SIZE, type AvatarLook, type PhotoAvatar,
} from '../../avatars/index.js';
import { AppError, invalid } from '../../errors/index.js';
import { DEFAULT_VOICE_ID, resolveFfmpegPath } from '../../media/index.js';
import type { AppDeps } from '../app-deps.js';
import { createBlobCache } from '../cache/index.js';
import { DataEnvelope, ListQuery, PageEnvelope, errorBody, errorResponses, offsetPage } from '../http/index.js';
import { parseByteRange } from '../media/index.js';
import { AvatarGroupSchema, AvatarLookSchema } from '../../contract/index.js';

export { AvatarGroupSchema, AvatarLookSchema } from '../../contract/index.js';

/** When the built-in catalogue was published (Unix seconds): its looks do not change per install. */
const CATALOGUE_CREATED_AT = 1_764_028_800;
const AVATAR_TYPES = ['studio_avatar', 'photo_avatar'] as const;

export const CreatePhotoAvatarBody = Type.Object(
  {
    asset_id: Type.String({ minLength: 1, maxLength: 128, description: 'An uploaded portrait image (POST /v3/assets)' }),
    name: Type.String({ minLength: 1, maxLength: 80 }),
  },
  { additionalProperties: false },
);

/** At most this many photo looks per key: they are listed from one index blob. */
const MAX_PHOTO_LOOKS_PER_OWNER = 50;
/** Smallest portrait accepted, in pixels per side: smaller would be a blur in a 1080p frame. */
const MIN_PORTRAIT_SIDE = 64;

/** Blob keys of a look's cached previews (the render version is in the key, so a new drawing re-renders). */
export function avatarPreviewKey(lookId: string, kind: 'png' | 'mp4'): string {
  return `avatars/v1/${lookId.replace(/[^A-Za-z0-9._+-]/g, '_')}.${kind}`;
}

/** /v3/avatars: the built-in presenters, and a preview image and lip-synced video of each (rendered once, then cached). */
export const avatarRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const cached = createBlobCache(deps.blobs);
  // A gallery page asks for every preview video at once: render them one after another (each takes a few
  // seconds of ffmpeg on a shared 2-core machine) rather than all together.
  let videoQueue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(job: () => Promise<T>): Promise<T> => {
    const run = videoQueue.then(job, job);
    videoQueue = run.catch(() => undefined);
    return run;
  };
  const base = `${deps.config.publicUrl}/v3/avatars/looks`;
  const imageUrl = (look: AvatarLook) => `${base}/${encodeURIComponent(look.id)}/preview.png`;
  const videoUrl = (look: AvatarLook) => `${base}/${encodeURIComponent(look.id)}/preview.mp4`;
  const photos = new BlobPhotoAvatarStore(deps.blobs, deps.store);
  const photoView = (look: PhotoAvatar) => ({
    id: look.id,
    name: look.name,
    avatar_type: 'photo_avatar',
    // Each photo look is its own group, as in the hosted API.
    group_id: look.id,
    gender: 'unknown',
    preview_image_url: `${base}/${look.id}/preview.png`,
    preview_video_url: `${base}/${look.id}/preview.mp4`,
    default_voice_id: DEFAULT_VOICE_ID,
    image_width: look.image_width,
    image_height: look.image_height,
    preferred_orientation: look.image_width > look.image_height ? 'landscape' : 'portrait',
    tags: ['photo'],
  });
  const portraitOf = async (look: PhotoAvatar) => {
    const image = await loadPortrait(await deps.blobs.get(look.blob_key));
    if (!image) throw new AppError('not_found', `The picture of avatar look "${look.id}" can no longer be read.`, { param: 'avatar_id' });
    return image;
  };

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

  app.get('/avatars', {
    schema: {
      summary: 'List avatar groups (presenters)',
      tags: ['avatars'],
      querystring: ListQuery,
      response: { 200: PageEnvelope(AvatarGroupSchema), ...errorResponses },
    },
    handler: async (request) => {
      const result = offsetPage(listAvatarGroups(), request.query);
      return {
        ...result,
        data: result.data.map((group) => {
          const cover = getAvatarLook(group.cover_look_id)!;
          return {
            id: group.id,
            name: group.name,
            gender: group.gender,
            preview_image_url: imageUrl(cover),
            preview_video_url: videoUrl(cover),
            default_voice_id: group.default_voice_id,
            looks_count: group.looks_count,
            created_at: CATALOGUE_CREATED_AT,
          };
        }),
      };
    },
  });

  app.get('/avatars/looks', {
    schema: {
      summary: 'List avatar looks (each id is an avatar_id)',
      tags: ['avatars'],
      querystring: Type.Object({
        ...ListQuery.properties,
        group_id: Type.Optional(Type.String({ minLength: 1, maxLength: 128 })),
        avatar_type: Type.Optional(Type.Union(AVATAR_TYPES.map((type) => Type.Literal(type)))),
      }),
      response: { 200: PageEnvelope(AvatarLookSchema), ...errorResponses },
    },
    handler: async (request) => {
      const { group_id: groupId, avatar_type: avatarType } = request.query;
      if (groupId !== undefined && !listAvatarGroups().some((group) => group.id === groupId)) {
        throw new AppError('not_found', `No avatar group "${groupId}".`, { param: 'group_id' });
      }
      // The built-in looks (studio avatars), then this key's photo looks, newest first.
      const studio = listAvatarLooks().filter((look) => (groupId === undefined || look.group_id === groupId) && (avatarType === undefined || avatarType === 'studio_avatar'));
      const photoLooks = groupId === undefined && avatarType !== 'studio_avatar' ? await photos.list(request.owner) : [];
      const looks: ({ kind: 'studio'; look: AvatarLook } | { kind: 'photo'; look: PhotoAvatar })[] = [
        ...studio.map((look) => ({ kind: 'studio' as const, look })),
        ...photoLooks.map((look) => ({ kind: 'photo' as const, look })),
      ];
      const result = offsetPage(looks, request.query);
      return {
        ...result,
        data: result.data.map((entry) => {
          if (entry.kind === 'photo') return photoView(entry.look);
          const look = entry.look;
          return {
            id: look.id,
            name: look.name,
            avatar_type: 'studio_avatar',
            group_id: look.group_id,
            gender: look.gender,
            preview_image_url: imageUrl(look),
            preview_video_url: videoUrl(look),
            default_voice_id: look.default_voice_id,
            image_width: PREVIEW_SIZE,
            image_height: PREVIEW_SIZE,
            preferred_orientation: look.preferred_orientation,
            tags: [...look.tags],
          };
        }),
      };
    },
  });

  const lookParam = Type.Object({ avatar_id: Type.String({ minLength: 1, maxLength: 128 }) });
  const findLook = (id: string): AvatarLook => {
    const look = getAvatarLook(id);
    if (!look) throw new AppError('not_found', `No avatar look "${id}".`, { param: 'avatar_id' });
    return look;
  };

  app.get('/avatars/looks/:avatar_id/preview.png', {
    // Shown by <img src>, which cannot send an API key; the preview is the same for everyone.
    config: { public: true },
    schema: {
      summary: 'Preview image of a look (PNG, no API key needed)',
      tags: ['avatars'],
      params: lookParam,
      response: { 200: Type.Unsafe<Buffer>({ description: 'image/png', type: 'string', format: 'binary' }), ...errorResponses },
    },
    handler: async (request, reply) => {
      const photo = await photos.get(request.params.avatar_id);
      if (photo) {
        const png = await cached(avatarPreviewKey(photo.id, 'png'), async () => renderPhotoAvatarPreviewImage(await portraitOf(photo)));
        return reply.type('image/png').header('cache-control', 'public, max-age=86400').send(png);
      }
      const look = findLook(request.params.avatar_id);
      const png = await cached(avatarPreviewKey(look.id, 'png'), async () => renderAvatarPreviewImage(look));
      return reply.type('image/png').header('cache-control', 'public, max-age=86400').send(png);
    },
  });

  app.get('/avatars/looks/:avatar_id/preview.mp4', {
    config: { public: true },
    schema: {
      summary: 'Preview video of a look saying a sentence, lip-synced (MP4, no API key needed)',
      tags: ['avatars'],
      params: lookParam,
      headers: Type.Object({ range: Type.Optional(Type.String()) }),
      response: {
        200: Type.Unsafe<Buffer>({ description: 'video/mp4', type: 'string', format: 'binary' }),
        206: Type.Unsafe<Buffer>({ description: 'Part of the video (Range)', type: 'string', format: 'binary' }),
        ...errorResponses,
      },
    },
    handler: async (request, reply) => {
      const ffmpegPath = resolveFfmpegPath(deps.config.ffmpegPath);
      const photo = await photos.get(request.params.avatar_id);
      const mp4 = photo
        ? await cached(avatarPreviewKey(photo.id, 'mp4'), async () => {
            const image = await portraitOf(photo);
            return oneAtATime(() => renderPhotoAvatarPreviewVideo(photo, image, { tts: deps.tts, ffmpegPath }));
          })
        : await (async () => {
            const look = findLook(request.params.avatar_id);
            return cached(avatarPreviewKey(look.id, 'mp4'), () => oneAtATime(() => renderAvatarPreviewVideo(look, { tts: deps.tts, ffmpegPath })));
          })();
      reply.type('video/mp4').header('accept-ranges', 'bytes').header('cache-control', 'public, max-age=86400');
      // <video> players (Safari in particular) fetch MP4s in byte ranges.
      const range = parseByteRange(request.headers.range, mp4.length);
      if (range === 'unsatisfiable') {
        reply.code(416).header('content-range', `bytes */${mp4.length}`).removeHeader('cache-control').type('application/json; charset=utf-8');
        return errorBody(new AppError('validation_error', `The range is outside the file (${mp4.length} bytes).`, { param: 'Range' }));
      }
      if (range === null) return reply.send(mp4);
      return reply
        .code(206)
        .header('content-range', `bytes ${range.start}-${range.end}/${mp4.length}`)
        .send(mp4.subarray(range.start, range.end + 1));
    },
  });
};
