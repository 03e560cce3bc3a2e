import type { Scene, SceneVisual, Storyboard } from '../../storyboard/index.js';
import type { VisualMediaCache } from './visual-media-cache.js';
import { ProviderError, type ImageGenerator, type StockItem, type StockProvider } from './visual-provider.js';

export interface VisualProviders {
  stock: readonly StockProvider[];
  images: ImageGenerator | null;
  cache: VisualMediaCache;
}

export interface ResolvedVisuals {
  storyboard: Storyboard;
  /** One line per provider that failed or found nothing, for the session's messages (said once). */
  notices: string[];
}

/** Layouts where a photo or a clip fits; bullets keep their icons and charts their figures. */
const photoLayouts: ReadonlySet<Scene['layout']> = new Set(['title', 'presenter', 'quote', 'cta', 'media']);
const MIN_SHORT_SIDE = 720;

/**
 * Replaces library illustrations with stock footage or photos (or generated images) where providers are
 * configured and the scene suits one. The user's own media stays first; a provider that fails, times out or
 * finds nothing never fails the plan: the scene keeps its library picture and `notices` says so once.
 */
export async function resolveProviderVisuals(storyboard: Storyboard, providers: VisualProviders, signal: AbortSignal): Promise<ResolvedVisuals> {
  if ((providers.stock.length === 0 && !providers.images) || storyboard.visual_preference === 'library') return { storyboard, notices: [] };
  const failures = new Map<string, string>();
  const taken = new Set(storyboard.scenes.flatMap((s) => (s.visual?.source ? [`${s.visual.source.provider}:${s.visual.source.id}`] : [])));
  const scenes: Scene[] = [];
  for (const scene of storyboard.scenes) {
    if (!needsProviderVisual(scene, storyboard.visual_preference === 'footage')) {
      scenes.push(scene);
      continue;
    }
    const visual =
      (await findStock(scene, storyboard, providers, taken, failures, signal)) ?? (await generateImage(scene, storyboard, providers, failures, signal));
    scenes.push(visual ? { ...scene, visual } : scene);
  }
  const notices = [...failures.entries()].map(([provider, why]) => `${why}; those scenes use pictures from the built-in library instead (${provider}).`);
  return { storyboard: { ...storyboard, scenes }, notices };
}

/** A library picture the user did not pin, on a layout that suits a photo (any layout when they asked for footage). */
function needsProviderVisual(scene: Scene, footage: boolean): boolean {
  const library = scene.visual?.kind === 'illustration' || scene.visual?.kind === 'icon';
  return library && !scene.visual?.pinned && (footage || photoLayouts.has(scene.layout)) && !scene.media;
}

/** What to search for: the illustration's English name ("honeybee") works with every stock service. */
function queryFor(scene: Scene): string {
  return scene.visual?.source?.id.replaceAll('-', ' ') ?? scene.visual?.query ?? scene.headline ?? '';
}

async function findStock(scene: Scene, storyboard: Storyboard, providers: VisualProviders, taken: Set<string>, failures: Map<string, string>, signal: AbortSignal): Promise<SceneVisual | null> {
  const query = queryFor(scene);
  for (const provider of providers.stock) {
    if (failures.has(provider.name) || !query) continue;
    for (const kind of ['video', 'image'] as const) {
      try {
        const items = await provider.search({ query, kind, orientation: storyboard.orientation, minDurationSec: scene.duration_sec, minShortSide: MIN_SHORT_SIDE, signal });
        const item = items.find((i) => !taken.has(`${i.provider}:${i.id}`));
        if (!item) continue;
        await providers.cache.fetch(item, signal);
        taken.add(`${item.provider}:${item.id}`);
        return stockVisual(item, query);
      } catch (error) {
        if (signal.aborted) throw error;
        failures.set(provider.name, error instanceof ProviderError ? capitalise(error.message) : `${provider.name} failed: ${(error as Error).message}`);
        break;
      }
    }
  }
  return null;
}

export function stockVisual(item: StockItem, query: string): SceneVisual {
  return {
    kind: item.kind === 'video' ? 'stock_video' : 'stock_image',
    query,
    source: { provider: item.provider, id: item.id, url: item.pageUrl, file_url: item.fileUrl },
    attribution: item.attribution,
    licence: item.licence,
  };
}

async function generateImage(scene: Scene, storyboard: Storyboard, providers: VisualProviders, failures: Map<string, string>, signal: AbortSignal): Promise<SceneVisual | null> {
  const generator = providers.images;
  if (!generator || failures.has(generator.name)) return null;
  const prompt = `A clean, modern editorial illustration for a video scene, no text: ${scene.headline ?? ''}. ${scene.narration}`.slice(0, 1000);
  try {
    const { bytes, model } = await generator.generate(prompt, { orientation: storyboard.orientation, signal });
    const { id } = await providers.cache.store(generator.name, `${model}\n${storyboard.orientation}\n${prompt}`, bytes);
    return { kind: 'generated_image', query: prompt.slice(0, 300), source: { provider: generator.name, id }, attribution: `Generated with ${model}`, licence: 'generated' };
  } catch (error) {
    if (signal.aborted) throw error;
    failures.set(generator.name, error instanceof ProviderError ? capitalise(error.message) : `Image generation failed: ${(error as Error).message}`);
    return null;
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
