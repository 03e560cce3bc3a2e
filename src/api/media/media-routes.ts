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

function contentDisposition(filename: string, kind: 'inline' | 'attachment' = 'inline'): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export interface MediaRouteOptions {
  blobs: BlobStore;
  links: MediaLinks;
  /**
   * When the blob store presigns (S3), a GET is answered with a 302 to a presigned link instead of streaming
   * the bytes through this process. Default true; false always streams.
   */
  redirectToPresigned?: boolean;
  /** Upper bound on a presigned link's life, in seconds (never past the media link's own expiry). Default 3600. */
  presignMaxTtlSec?: number;
}

/**
 * GET/HEAD /media/:token: serves a signed blob (no API key) with byte ranges. On S3, a GET is redirected to a
 * presigned link once the token, its expiry and the object have been checked here, so the bytes (and every
 * Range request) go straight from the bucket; HEAD and local blobs are answered here.
 */
export const mediaRoutes: FastifyPluginAsync<MediaRouteOptions> = async (app, options) => {
  const { blobs, links } = options;
  const presignMaxTtlSec = options.presignMaxTtlSec ?? 3600;
  const presign = options.redirectToPresigned !== false && blobs.presign ? blobs.presign.bind(blobs) : null;
  app.route({
    method: ['GET', 'HEAD'],
    url: '/media/:token',
    schema: {
      summary: 'Download a file by a signed link (no API key; the link expires)',
      description:
        'Serves the file, or part of it (Range). When files are kept in S3, a GET is answered with 302 to a ' +
        'presigned link to the bucket that lives at most an hour and never past this link; follow it with the ' +
        'same Range header. HEAD is always answered here.',
      tags: ['media'],
      params: Type.Object({ token: Type.String({ minLength: 1, maxLength: 4096 }) }),
      headers: Type.Object({ range: Type.Optional(Type.String()) }),
      querystring: Type.Object({
        download: Type.Optional(
          Type.String({
            minLength: 1,
            maxLength: 200,
            description:
              'Save rather than show: answered with `Content-Disposition: attachment` and this file name (also through ' +
              'the S3 redirect, where browsers ignore the `download` attribute of a cross-origin link).',
          }),
        ),
      }),
      response: {
        200: Type.Unsafe<Buffer>({ description: 'The file', type: 'string', format: 'binary' }),
        206: Type.Unsafe<Buffer>({ description: 'Part of the file (Range)', type: 'string', format: 'binary' }),
        302: Type.Null({
          description:
            'Files in S3: the file is at the presigned URL in Location (short-lived; it answers with the same ' +
            'Content-Type and Content-Disposition, and honours Range).',
          headers: { location: { type: 'string', format: 'uri', description: 'The presigned URL.' } },
        }),
        ...errorResponses,
      },
    },
    handler: async (request, reply) => {
      const { token } = request.params as { token: string };
      const { download } = request.query as { download?: string };
      const link = links.verify(token);
      const info = await blobs.stat(link.key);
      if (info === null) throw new AppError('not_found', 'The file behind this link no longer exists.');
      const size = info.size;
      const contentType = link.contentType ?? contentTypeFor(link.key);
      const disposition =
        download !== undefined ? contentDisposition(download, 'attachment') : link.filename === null ? null : contentDisposition(link.filename);
      // Whole seconds the link has left, rounded down: a presigned link must not outlive it.
      const leftSec = Math.floor((link.expiresAt * 1000 - Date.now()) / 1000);
      reply
        .header('content-type', contentType)
        .header('accept-ranges', 'bytes')
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', `private, max-age=${Math.max(0, leftSec)}`);
      if (disposition !== null) reply.header('content-disposition', disposition);

      const range = parseByteRange(request.headers.range, size);
      if (range === 'unsatisfiable') {
        // HTTP wants 416 here; the body is still our envelope (code validation_error, param Range).
        reply.code(416).header('content-range', `bytes */${size}`).removeHeader('cache-control').type('application/json; charset=utf-8');
        return errorBody(new AppError('validation_error', `The range is outside the file (${size} bytes).`, { param: 'Range' }));
      }
      const head = request.method === 'HEAD';
      // A presigned URL is signed for GET only, so HEAD stays here; under a second left, streaming is simpler.
      if (presign !== null && !head && leftSec >= 1) {
        const location = await presign(link.key, Math.min(leftSec, presignMaxTtlSec), {
          contentType,
          ...(disposition !== null ? { contentDisposition: disposition } : {}),
        });
        // Each GET gets a fresh presigned URL: the redirect itself is not cached.
        for (const name of ['content-type', 'accept-ranges', 'content-disposition']) reply.removeHeader(name);
        return reply.code(302).header('cache-control', 'no-store').header('location', location).send();
      }
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
