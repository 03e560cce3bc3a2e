import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import Type from 'typebox';
import { AppError } from '../../errors/index.js';
import type { BlobStore } from '../../store/index.js';
import { errorBody, errorResponses } from '../http/index.js';
import { parseByteRange } from './byte-range.js';
import { contentTypeFor } from './content-type-for.js';
import type { MediaLinks, SignOptions } from './media-links.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The media link signer; session routes use it through `mediaUrl(app, key)`. */
    mediaLinks: MediaLinks;
  }
}

/**
 * A signed URL for a blob key, or null for a null key (the API's nullable URL fields).
 * `source` is the app (or any plugin instance inside it) or a MediaLinks.
 */
export function mediaUrl(source: FastifyInstance | MediaLinks, key: string | null | undefined, options?: SignOptions): string | null {
  if (key === null || key === undefined) return null;
  const links = 'mediaLinks' in source ? source.mediaLinks : source;
  return links.sign(key, options);
}

function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** GET/HEAD /media/:token: serves a signed blob (no API key) with byte ranges. */
export const mediaRoutes: FastifyPluginAsync<{ blobs: BlobStore; links: MediaLinks }> = async (app, { blobs, links }) => {
  app.route({
    method: ['GET', 'HEAD'],
    url: '/media/:token',
    schema: {
      summary: 'Download a file by a signed link (no API key; the link expires)',
      tags: ['media'],
      params: Type.Object({ token: Type.String({ minLength: 1, maxLength: 4096 }) }),
      headers: Type.Object({ range: Type.Optional(Type.String()) }),
      response: {
        200: Type.Unsafe<Buffer>({ description: 'The file', type: 'string', format: 'binary' }),
        206: Type.Unsafe<Buffer>({ description: 'Part of the file (Range)', type: 'string', format: 'binary' }),
        ...errorResponses,
      },
    },
    handler: async (request, reply) => {
      const { token } = request.params as { token: string };
      const link = links.verify(token);
      const info = await blobs.stat(link.key);
      if (info === null) throw new AppError('not_found', 'The file behind this link no longer exists.');
      const size = info.size;
      reply
        .header('content-type', link.contentType ?? contentTypeFor(link.key))
        .header('accept-ranges', 'bytes')
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', `private, max-age=${Math.max(0, link.expiresAt - Math.floor(Date.now() / 1000))}`);
      if (link.filename !== null) reply.header('content-disposition', contentDisposition(link.filename));

      const range = parseByteRange(request.headers.range, size);
      if (range === 'unsatisfiable') {
        // HTTP wants 416 here; the body is still our envelope (code validation_error, param Range).
        reply.code(416).header('content-range', `bytes */${size}`).removeHeader('cache-control').type('application/json; charset=utf-8');
        return errorBody(new AppError('validation_error', `The range is outside the file (${size} bytes).`, { param: 'Range' }));
      }
      const head = request.method === 'HEAD';
      if (range === null) {
        reply.code(200).header('content-length', String(size));
        if (head || size === 0) return reply.send(head ? undefined : '');
        return reply.send(await blobs.stream(link.key));
      }
      reply
        .code(206)
        .header('content-range', `bytes ${range.start}-${range.end}/${size}`)
        .header('content-length', String(range.end - range.start + 1));
      if (head) return reply.send();
      return reply.send(await blobs.stream(link.key, range));
    },
  });
};
