import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { renderAvatarPreviewImage, renderAvatarPreviewVideo, renderPhotoAvatarPreviewImage, renderPhotoAvatarPreviewVideo } from '../../avatars/index.js';
import { AppError } from '../../errors/index.js';
import { resolveFfmpegPath } from '../../media/index.js';
import type { AppDeps } from '../app-deps.js';
import { errorBody, errorResponses } from '../http/index.js';
import { parseByteRange } from '../media/index.js';
import { avatarPreviewKey, type AvatarContext } from './avatar-context.js';
import { AvatarLookParams } from './avatar-schemas.js';

/** A look's preview image and lip-synced video, rendered once and cached; public, as <img>/<video> send no key. */
export const avatarPreviewRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps; context: AvatarContext }> = async (app, { deps, context }) => {
  const { cached, oneAtATime, photos, portraitOf, findLook } = context;
  const lookParam = AvatarLookParams;

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
