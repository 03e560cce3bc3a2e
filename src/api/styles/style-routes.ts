import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { AppError } from '../../errors/index.js';
import { renderStyleThumbnail } from '../../media/render/index.js';
import { getStyle, listStyles } from '../../styles/index.js';
import type { AppDeps } from '../app-deps.js';
import { createBlobCache } from '../cache/index.js';
import { PageEnvelope, errorResponses, offsetPage } from '../http/index.js';
import { StyleListQuery, StyleParams, StyleSchema } from './style-schemas.js';

/**
 * /v3/video-agents/styles and its thumbnails. Registered before the session routes; find-my-way prefers
 * the static `styles` segment over `:session_id` whatever the order, and a test checks it.
 */
export const styleRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const cached = createBlobCache(deps.blobs);

  app.get('/video-agents/styles', {
    schema: {
      summary: 'List video styles',
      tags: ['styles'],
      querystring: StyleListQuery,
      response: { 200: PageEnvelope(StyleSchema), ...errorResponses },
    },
    handler: async (request) => {
      const tag = request.query.tag?.toLowerCase();
      const styles = listStyles().filter((style) => tag === undefined || style.tags.some((candidate) => candidate.toLowerCase() === tag));
      const result = offsetPage(styles, request.query);
      return {
        ...result,
        data: result.data.map((style) => ({
          style_id: style.style_id,
          name: style.name,
          thumbnail_url: `${deps.config.publicUrl}/v3/video-agents/styles/${encodeURIComponent(style.style_id)}/thumbnail`,
          preview_video_url: null,
          aspect_ratio: '16:9',
          tags: style.tags,
        })),
      };
    },
  });

  app.get('/video-agents/styles/:style_id/thumbnail', {
    // Shown by <img src>, which cannot send an API key; the thumbnail is the same for everyone.
    config: { public: true },
    schema: {
      summary: 'A style thumbnail, 480×270 JPEG (no API key needed)',
      tags: ['styles'],
      params: StyleParams,
      response: { 200: Type.Unsafe<Buffer>({ description: 'image/jpeg', type: 'string', format: 'binary' }), ...errorResponses },
    },
    handler: async (request, reply) => {
      const style = getStyle(request.params.style_id);
      if (!style) throw new AppError('not_found', 'No such style.', { param: 'style_id' });
      const key = `styles/${style.style_id.replace(/[^A-Za-z0-9._-]/g, '_')}.jpg`;
      const jpeg = await cached(key, () => renderStyleThumbnail(style.style_id));
      return reply.type('image/jpeg').header('cache-control', 'public, max-age=86400').send(jpeg);
    },
  });
};
