import type { Orientation, SceneVisual } from '../../storyboard/index.js';
import { stockVisual, type VisualProviders } from './resolve-provider-visuals.js';
import { ProviderError } from './visual-provider.js';

export interface ProviderVisualRequest {
  kind: 'stock_image' | 'stock_video' | 'generated_image';
  query: string;
  orientation: Orientation;
  /** A clip must cover the scene. */
  minDurationSec: number;
  /** `provider:id` of items not to offer again (shown elsewhere in the video, or already on this scene). */
  exclude: ReadonlySet<string>;
  /** The item (`provider:id`) a person chose from a search's results: taken when the search still offers it. */
  pick?: string;
  /** Makes a generated image differ from the one made before for the same words. */
  variant?: number;
}

/** Why no provider picture came back: none is configured for the kind, none matched, or one failed (its message). */
export type ProviderMiss = { reason: 'unconfigured' } | { reason: 'empty' } | { reason: 'failed'; message: string };

const MIN_SHORT_SIDE = 720;

/**
 * One picture from the configured providers for an explicit request ("a photo of a beach"): the asked-for kind
 * first (a photo, a clip), then the other stock kind, downloaded into the cache so the render finds it. Never
 * throws for a provider's failure: the caller falls back to the library and says why.
 */
export async function findProviderVisual(
  request: ProviderVisualRequest,
  providers: VisualProviders | null,
  signal: AbortSignal,
): Promise<{ visual: SceneVisual; miss: null } | { visual: null; miss: ProviderMiss }> {
  if (request.kind === 'generated_image') return generate(request, providers, signal);
  if (!providers || providers.stock.length === 0) return { visual: null, miss: { reason: 'unconfigured' } };
  const kinds = request.kind === 'stock_video' ? (['video', 'image'] as const) : (['image', 'video'] as const);
  let failure: string | null = null;
  for (const provider of providers.stock) {
    for (const kind of kinds) {
      try {
        const items = await provider.search({ query: request.query, kind, orientation: request.orientation, minDurationSec: request.minDurationSec, minShortSide: MIN_SHORT_SIDE, signal });
        const item = items.find((i) => `${i.provider}:${i.id}` === request.pick) ?? items.find((i) => !request.exclude.has(`${i.provider}:${i.id}`));
        if (!item) continue;
        await providers.cache.fetch(item, signal);
        return { visual: { ...stockVisual(item, request.query), pinned: true }, miss: null };
      } catch (error) {
        if (signal.aborted) throw error;
        failure = error instanceof ProviderError ? error.message : `${provider.name} failed: ${(error as Error).message}`;
        break;
      }
    }
  }
  return { visual: null, miss: failure ? { reason: 'failed', message: failure } : { reason: 'empty' } };
}

async function generate(request: ProviderVisualRequest, providers: VisualProviders | null, signal: AbortSignal): Promise<{ visual: SceneVisual; miss: null } | { visual: null; miss: ProviderMiss }> {
  const generator = providers?.images;
  if (!providers || !generator) return { visual: null, miss: { reason: 'unconfigured' } };
  const prompt = `A clean, modern editorial illustration for a video scene, no text: ${request.query}`.slice(0, 1000);
  try {
    const { bytes, model } = await generator.generate(prompt, { orientation: request.orientation, signal });
    const { id } = await providers.cache.store(generator.name, `${model}\n${request.orientation}\n${prompt}\n${request.variant ?? 0}`, bytes);
    return {
      visual: { kind: 'generated_image', query: request.query.slice(0, 300), source: { provider: generator.name, id }, attribution: `Generated with ${model}`, licence: 'generated', pinned: true },
      miss: null,
    };
  } catch (error) {
    if (signal.aborted) throw error;
    return { visual: null, miss: { reason: 'failed', message: error instanceof ProviderError ? error.message : `image generation failed: ${(error as Error).message}` } };
  }
}
