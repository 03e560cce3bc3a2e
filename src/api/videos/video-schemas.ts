import Type from 'typebox';
import { Nullable } from '../http/index.js';

export const VideoSchema = Type.Object({
  id: Type.String(),
  status: Type.Union([Type.Literal('pending'), Type.Literal('processing'), Type.Literal('completed'), Type.Literal('failed')]),
  session_id: Type.String(),
  title: Nullable(Type.String()),
  created_at: Nullable(Type.Integer({ description: 'Unix seconds' })),
  completed_at: Nullable(Type.Integer({ description: 'Unix seconds' })),
  video_url: Nullable(Type.String()),
  captioned_video_url: Nullable(Type.String()),
  thumbnail_url: Nullable(Type.String()),
  gif_url: Nullable(Type.String()),
  subtitle_url: Nullable(Type.String()),
  vtt_url: Nullable(Type.String({ description: 'WebVTT captions with per-word timestamps (ours)' })),
  duration: Nullable(Type.Number({ description: 'Seconds' })),
  failure_code: Nullable(Type.String()),
  failure_message: Nullable(Type.String()),
});
export const VideoParams = Type.Object({ video_id: Type.String({ minLength: 1, maxLength: 128 }) });
export const DeletedVideoView = Type.Object({ id: Type.String(), deleted: Type.Boolean() });
