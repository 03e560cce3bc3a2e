import Type from 'typebox';
import { ListQuery, Nullable } from '../http/index.js';

export const StyleSchema = Type.Object({
  style_id: Type.String(),
  name: Type.String(),
  thumbnail_url: Type.String(),
  preview_video_url: Nullable(Type.String()),
  aspect_ratio: Type.String(),
  tags: Type.Array(Type.String()),
});

export const StyleListQuery = Type.Object({ ...ListQuery.properties, tag: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })) });
export const StyleParams = Type.Object({ style_id: Type.String({ minLength: 1, maxLength: 64 }) });
