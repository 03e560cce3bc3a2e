import type { SessionRecord, SessionRun, VideoRecord } from '../store/index.js';
import type { Storyboard } from '../storyboard/index.js';
import type { SessionContext } from './session-context.js';
import type { RenderedFiles } from './session-options.js';

/** The video's id comes from the run that approved it, so a run retried after a crash makes no second video. */
export async function createVideo(ctx: Pick<SessionContext, 'store' | 'now'>, session: SessionRecord, storyboard: Storyboard, run: SessionRun): Promise<VideoRecord> {
  const id = `vid_${run.run_id.replace(/^run_/, '')}`;
  const existing = await ctx.store.getVideo(id);
  if (existing) return existing;
  const video: VideoRecord = {
    id,
    session_id: session.id,
    owner: session.owner,
    status: 'pending',
    title: storyboard.title,
    storyboard_version: storyboard.version,
    video_key: null,
    captioned_video_key: null,
    thumbnail_key: null,
    gif_key: null,
    subtitle_key: null,
    duration: null,
    failure_code: null,
    failure_message: null,
    created_at: ctx.now(),
    completed_at: null,
  };
  await ctx.store.insertVideo(video);
  return video;
}

/** Copies a render's files into the blob store and marks the video completed; returns the video's resource id. */
export async function publishVideo(
  ctx: Pick<SessionContext, 'store' | 'blobs' | 'now'>,
  session: SessionRecord,
  videoId: string,
  storyboard: Storyboard,
  output: RenderedFiles,
): Promise<{ resourceId: string; duration: number }> {
  const prefix = `videos/${videoId}`;
  const keys = {
    video_key: `${prefix}/video.mp4`,
    captioned_video_key: `${prefix}/captioned.mp4`,
    thumbnail_key: `${prefix}/thumbnail.jpg`,
    subtitle_key: `${prefix}/captions.srt`,
    gif_key: `${prefix}/preview.gif`,
  };
  await ctx.blobs.putFile(keys.video_key, output.videoPath);
  await ctx.blobs.putFile(keys.captioned_video_key, output.captionedVideoPath);
  await ctx.blobs.putFile(keys.thumbnail_key, output.thumbnailPath);
  await ctx.blobs.putFile(keys.subtitle_key, output.subtitlePath);
  await ctx.blobs.putFile(keys.gif_key, output.gifPath);
  await ctx.blobs.putFile(`${prefix}/captions.vtt`, output.vttPath);
  const duration = Math.round(output.duration * 100) / 100;
  await ctx.store.updateVideo(videoId, { ...keys, status: 'completed', duration, completed_at: ctx.now() });
  const resourceId = `res_${videoId.replace(/^vid_/, '')}`;
  if (!(await ctx.store.getResource(resourceId, session.id))) {
    await ctx.store.insertResource({
      id: resourceId,
      session_id: session.id,
      owner: session.owner,
      resource_type: 'video',
      source_type: 'generated',
      blob_key: keys.video_key,
      thumbnail_key: keys.thumbnail_key,
      preview_key: keys.captioned_video_key,
      metadata: { video_id: videoId, duration, storyboard_version: storyboard.version, orientation: storyboard.orientation },
      created_at: ctx.now(),
    });
  }
  return { resourceId, duration };
}
