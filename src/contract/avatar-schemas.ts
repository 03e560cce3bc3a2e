import Type from 'typebox';

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
