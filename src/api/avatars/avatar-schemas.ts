import Type from 'typebox';
import { ListQuery } from '../http/index.js';

export const AvatarGroupSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  gender: Type.String(),
  preview_image_url: Type.String(),
  preview_video_url: Type.String(),
  default_voice_id: Type.String(),
  looks_count: Type.Integer(),
  created_at: Type.Integer(),
});

export const AvatarLookSchema = Type.Object({
  id: Type.String({ description: 'The avatar_id to use in a video-agent request' }),
  name: Type.String(),
  avatar_type: Type.String(),
  group_id: Type.String(),
  gender: Type.String(),
  preview_image_url: Type.String(),
  preview_video_url: Type.String(),
  default_voice_id: Type.String(),
  image_width: Type.Integer(),
  image_height: Type.Integer(),
  preferred_orientation: Type.String(),
  tags: Type.Array(Type.String()),
});

export const CreatePhotoAvatarBody = Type.Object(
  {
    asset_id: Type.String({ minLength: 1, maxLength: 128, description: 'An uploaded portrait image (POST /v3/assets)' }),
    name: Type.String({ minLength: 1, maxLength: 80 }),
  },
  { additionalProperties: false },
);

export const AvatarLookParams = Type.Object({ avatar_id: Type.String({ minLength: 1, maxLength: 128 }) });

export const AVATAR_TYPES = ['studio_avatar', 'photo_avatar'] as const;

export const AvatarLooksQuery = Type.Object({
  ...ListQuery.properties,
  group_id: Type.Optional(Type.String({ minLength: 1, maxLength: 128 })),
  avatar_type: Type.Optional(Type.Union(AVATAR_TYPES.map((type) => Type.Literal(type)))),
});
