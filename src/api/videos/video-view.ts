import type { Static } from 'typebox';
import type { VideoRecord } from '../../store/index.js';
import { VideoSchema } from './video-schemas.js';
import { mediaUrl, type MediaLinks } from '../media/index.js';

export type VideoView = Static<typeof VideoSchema>;

export function unixSeconds(ms: number): number;
export function unixSeconds(ms: number | null): number | null;
export function unixSeconds(ms: number | null): number | null {
  return ms === null ? null : Math.floor(ms / 1000);
}

/** A video row as the API shows it: signed URLs, Unix-second timestamps. */
export function toVideoView(video: VideoRecord, links: MediaLinks): VideoView {
  const name = (video.title ?? video.id).replace(/[\\/:*?"<>|\r\n]+/g, ' ').trim().slice(0, 80) || video.id;
  return {
    id: video.id,
    status: video.status,
    session_id: video.session_id,
    title: video.title,
    created_at: unixSeconds(video.created_at),
    completed_at: unixSeconds(video.completed_at),
    video_url: mediaUrl(links, video.video_key, { filename: `${name}.mp4`, contentType: 'video/mp4' }),
    captioned_video_url: mediaUrl(links, video.captioned_video_key, { filename: `${name} (captioned).mp4`, contentType: 'video/mp4' }),
    thumbnail_url: mediaUrl(links, video.thumbnail_key),
    gif_url: mediaUrl(links, video.gif_key, { contentType: 'image/gif' }),
    subtitle_url: mediaUrl(links, video.subtitle_key, { filename: `${name}.srt`, contentType: 'application/x-subrip; charset=utf-8' }),
    // The renderer writes WebVTT beside the SRT.
    vtt_url: mediaUrl(links, video.subtitle_key?.replace(/\.srt$/, '.vtt') ?? null, { filename: `${name}.vtt`, contentType: 'text/vtt; charset=utf-8' }),
    duration: video.duration,
    failure_code: video.failure_code,
    failure_message: video.failure_message,
  };
}
