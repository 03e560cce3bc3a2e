import type { Orientation } from '../storyboard/index.js';
import { ILLUSTRATION_ATTRIBUTION, ILLUSTRATION_LICENCE, ILLUSTRATION_PROVIDER, IllustrationIndex } from './library/illustration-index.js';
import { LINE_ICON_LICENCE, LINE_ICON_PROVIDER, lineIconFor } from './library/line-icon-index.js';
import type { VisualProviders } from './providers/resolve-provider-visuals.js';
import { ProviderError } from './providers/visual-provider.js';

export const visualSearchKinds = ['all', 'illustration', 'icon', 'stock'] as const;
export type VisualSearchKind = (typeof visualSearchKinds)[number];

/** One picture a person may put on a scene: enough to show it and to ask for it in a message. */
export interface VisualSearchHit {
  kind: 'illustration' | 'icon' | 'stock_image' | 'stock_video';
  provider: string;
  id: string;
  /** A readable name ("beach with umbrella"), or the query that found a stock item. */
  label: string;
  /** For stock items: the file itself (library pictures get a preview URL from the API). */
  file_url: string | null;
  page_url: string | null;
  attribution: string | null;
  licence: string | null;
}

export interface VisualSearch {
  query: string;
  language: string;
  kind: VisualSearchKind;
  orientation: Orientation;
  limit: number;
  signal: AbortSignal;
}

/**
 * The pictures that match words in a language: library illustrations by keyword (in that language, then English),
 * a line icon, and stock photos and clips when providers are configured. A provider that fails is a notice,
 * never an error: the library results still come back.
 */
export async function searchVisuals(search: VisualSearch, providers: VisualProviders | null): Promise<{ items: VisualSearchHit[]; notices: string[] }> {
  const items: VisualSearchHit[] = [];
  const notices: string[] = [];
  const wants = (kind: VisualSearchKind): boolean => search.kind === 'all' || search.kind === kind;
  if (wants('illustration')) {
    const own = IllustrationIndex.for(search.language).search(search.query, { limit: search.limit });
    const english = own.length < search.limit ? IllustrationIndex.for('en').search(search.query, { limit: search.limit }) : [];
    const seen = new Set<string>();
    for (const match of [...own, ...english]) {
      if (seen.has(match.id) || seen.size >= search.limit || !IllustrationIndex.has(match.id)) continue;
      seen.add(match.id);
      items.push({ kind: 'illustration', provider: ILLUSTRATION_PROVIDER, id: match.id, label: match.id.replaceAll('-', ' '), file_url: null, page_url: null, attribution: ILLUSTRATION_ATTRIBUTION, licence: ILLUSTRATION_LICENCE });
    }
  }
  if (wants('icon')) {
    const icon = lineIconFor(search.query.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 3));
    if (icon) items.push({ kind: 'icon', provider: LINE_ICON_PROVIDER, id: icon, label: icon.replaceAll('-', ' '), file_url: null, page_url: null, attribution: 'Lucide icons (ISC)', licence: LINE_ICON_LICENCE });
  }
  if (wants('stock') && providers) {
    for (const provider of providers.stock) {
      for (const kind of ['image', 'video'] as const) {
        try {
          const found = await provider.search({ query: search.query, kind, orientation: search.orientation, minDurationSec: 0, minShortSide: 0, signal: search.signal });
          for (const item of found.slice(0, search.limit)) {
            items.push({ kind: kind === 'video' ? 'stock_video' : 'stock_image', provider: item.provider, id: item.id, label: search.query, file_url: item.fileUrl, page_url: item.pageUrl, attribution: item.attribution, licence: item.licence });
          }
        } catch (error) {
          if (search.signal.aborted) throw error;
          notices.push(error instanceof ProviderError ? error.message : `${provider.name} failed: ${(error as Error).message}`);
          break;
        }
      }
    }
  }
  return { items, notices };
}
