import type { FastifyPluginAsync } from 'fastify';
import { AppError } from '../../errors/index.js';
import type { AppDeps } from '../app-deps.js';
import { DataEnvelope, ListQuery, PageEnvelope, errorResponses, ok, pageOf, toPageQuery } from '../http/index.js';
import { DeletedVideoView, VideoParams, VideoSchema } from './video-schemas.js';
import { toVideoView } from './video-view.js';


/** /v3/videos: list, get, delete (with its files). */
export const videoRoutes: FastifyPluginAsync<{ deps: AppDeps }> = async (app, { deps }) => {
  const { store, blobs } = deps;

  app.get('/videos', {
    schema: {
      summary: 'List videos, newest first',
      tags: ['videos'],
      querystring: ListQuery,
      response: { 200: PageEnvelope(VideoSchema), ...errorResponses },
    },
    handler: async (request) => {
      const result = await store.listVideos(request.owner, toPageQuery(request.query as ListQuery));
      return pageOf(result, (video) => toVideoView(video, app.mediaLinks));
    },
  });

  app.get('/videos/:video_id', {
    schema: {
      summary: 'Get a video',
      tags: ['videos'],
      params: VideoParams,
      response: { 200: DataEnvelope(VideoSchema), ...errorResponses },
    },
    handler: async (request) => {
      const { video_id } = request.params as { video_id: string };
      const video = await store.getVideo(video_id, request.owner);
      if (!video) throw new AppError('not_found', 'No such video.', { param: 'video_id' });
      return ok(toVideoView(video, app.mediaLinks));
    },
  });

  app.delete('/videos/:video_id', {
    schema: {
      summary: 'Delete a video and its files',
      tags: ['videos'],
      params: VideoParams,
      response: { 200: DataEnvelope(DeletedVideoView), ...errorResponses },
    },
    handler: async (request) => {
      const { video_id } = request.params as { video_id: string };
      const video = await store.getVideo(video_id, request.owner);
      if (!video) throw new AppError('not_found', 'No such video.', { param: 'video_id' });
      // A render still writing files would recreate them after the delete: stop the session first.
      if (video.status === 'pending' || video.status === 'processing') {
        throw new AppError('conflict', 'The video is still being made; stop its session first.');
      }
      const keys = [video.video_key, video.captioned_video_key, video.thumbnail_key, video.gif_key, video.subtitle_key];
      for (const key of keys) if (key !== null) await blobs.delete(key);
      await store.deleteVideo(video.id);
      return ok({ id: video.id, deleted: true });
    },
  });
};
