import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getAvatarLook, listAvatarGroups, listAvatarLooks, type AvatarLook, type PhotoAvatar } from '../../avatars/index.js';
import { AppError } from '../../errors/index.js';
import { ListQuery, PageEnvelope, errorResponses, offsetPage } from '../http/index.js';
import type { AvatarContext } from './avatar-context.js';
import { AvatarGroupSchema, AvatarLookSchema, AvatarLooksQuery } from './avatar-schemas.js';

/** When the built-in catalogue was published (Unix seconds): its looks do not change per install. */
const CATALOGUE_CREATED_AT = 1_764_028_800;

/** GET /v3/avatars (groups) and GET /v3/avatars/looks. */
export const avatarListRoutes: FastifyPluginAsyncTypebox<{ context: AvatarContext }> = async (app, { context }) => {
  const { imageUrl, videoUrl, photos, photoView, studioView } = context;

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
      querystring: AvatarLooksQuery,
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
        data: result.data.map((entry) => (entry.kind === 'photo' ? photoView(entry.look) : studioView(entry.look))),
      };
    },
  });
};
