import Type from 'typebox';
import { Nullable } from './nullable.js';

export const StyleSchema = Type.Object({
  style_id: Type.String(),
  name: Type.String(),
  thumbnail_url: Type.String(),
  preview_video_url: Nullable(Type.String()),
  aspect_ratio: Type.String(),
  tags: Type.Array(Type.String()),
});
