import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { AppError, invalid } from '../../errors/index.js';
import { iconSvg, ILLUSTRATION_SET, LINE_ICON_SET, loadIconSet, searchVisuals, IllustrationIndex, type VisualSearchHit } from '../../visuals/index.js';
import type { AppDeps } from '../app-deps.js';
import { DataEnvelope, errorResponses, ok } from '../http/index.js';
import { LibraryPreviewParams, VisualSearchQuery, VisualSearchResult } from './visual-schemas.js';

const PREVIEW_PX = 256;
const sets = { 'fluent-emoji-flat': ILLUSTRATION_SET, lucide: LINE_ICON_SET } as const;

/**
 * /v3/visuals: search the bundled pictures (and the configured stock providers) to swap a scene's picture, and the
 * library pictures' previews. The swap itself is a chat message (each hit carries one), so the session stays the
 * only writer of storyboards.
 */
export const visualRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const previews = new Map<string, string>();

  app.get('/visuals/search', {
    schema: {
      summary: 'Search pictures for a scene: the illustration and icon library, and stock providers when configured',
      tags: ['visuals'],
      querystring: VisualSearchQuery,
      response: { 200: DataEnvelope(VisualSearchResult), ...errorResponses },
    },
    handler: async (request) => {
      const query = request.query.q.trim();
      if (!query) throw invalid('q', 'Give some words to search for.');
      const language = (request.query.language ?? 'en').toLowerCase();
      const providers = deps.visuals ?? null;
      const controller = new AbortController();
      request.raw.once('close', () => controller.abort());
      const found = await searchVisuals(
        { query, language, kind: request.query.kind ?? 'all', orientation: request.query.orientation ?? 'landscape', limit: request.query.limit ?? 12, signal: controller.signal },
        providers,
      );
      return ok({
        query,
        language,
        items: found.items.map((hit) => ({ ...hit, preview_url: previewUrl(hit, deps.config.publicUrl), message: swapMessage(hit) })),
        providers: [...(providers?.stock.map((p) => p.name) ?? []), ...(providers?.images ? [providers.images.name] : [])],
        notices: found.notices,
      });
    },
  });

  app.get('/visuals/library/:provider/:file', {
    // Shown by <img src>, which cannot send an API key; the pictures are the same for everyone.
    config: { public: true },
    schema: {
      summary: 'A library picture as SVG (no API key needed)',
      tags: ['visuals'],
      params: LibraryPreviewParams,
      response: { 200: Type.Unsafe<string>({ description: 'image/svg+xml', type: 'string' }), ...errorResponses },
    },
    handler: async (request, reply) => {
      const { provider, file } = request.params;
      const id = file.replace(/\.svg$/, '');
      const key = `${provider}/${id}`;
      let svg = previews.get(key);
      if (!svg) {
        const allowed = provider === 'lucide' || IllustrationIndex.has(id);
        svg = (allowed ? iconSvg(loadIconSet(sets[provider]), id, PREVIEW_PX, '#1f2937') : null) ?? undefined;
        if (!svg) throw new AppError('not_found', `There is no picture "${id}" in ${provider}.`, { param: 'file' });
        // Bounded: the sets hold a few thousand pictures, each a few kilobytes.
        if (previews.size >= 2000) previews.clear();
        previews.set(key, svg);
      }
      return reply.type('image/svg+xml').header('cache-control', 'public, max-age=604800, immutable').send(svg);
    },
  });
};

function previewUrl(hit: VisualSearchHit, publicUrl: string): string {
  return hit.file_url ?? `${publicUrl}/v3/visuals/library/${hit.provider}/${hit.id}.svg`;
}

/** The chat message the session understands for this picture (parseVisualFeedback). */
function swapMessage(hit: VisualSearchHit): string {
  switch (hit.kind) {
    case 'illustration':
      return `use the illustration “${hit.id}” for scene {scene}`;
    case 'icon':
      return `use the icon “${hit.id}” for scene {scene}`;
    case 'stock_image':
      return `use the stock photo ${hit.provider}/${hit.id} of “${hit.label}” for scene {scene}`;
    case 'stock_video':
      return `use the stock video ${hit.provider}/${hit.id} of “${hit.label}” for scene {scene}`;
  }
}
