import { join } from 'node:path';
import type { VisualsConfig } from '../../config/index.js';
import type { OutboundGuard } from '../../net/index.js';
import { OpenAiImageGenerator } from './openai-image-generator.js';
import { PexelsProvider } from './pexels-provider.js';
import { PixabayProvider } from './pixabay-provider.js';
import type { VisualProviders } from './resolve-provider-visuals.js';
import { VisualMediaCache } from './visual-media-cache.js';

/** The providers the configuration turns on, or null when none is (pictures then come from the library alone). */
export function createVisualProviders(config: VisualsConfig, options: { dataDir: string; guard: OutboundGuard }): VisualProviders | null {
  const timeoutMs = config.timeoutSec * 1000;
  const fetch = options.guard.fetch;
  const stock = [
    ...(config.pexels ? [new PexelsProvider({ apiKey: config.pexels.apiKey, baseUrl: config.pexels.baseUrl ?? undefined, timeoutMs, fetch })] : []),
    ...(config.pixabay ? [new PixabayProvider({ apiKey: config.pixabay.apiKey, baseUrl: config.pixabay.baseUrl ?? undefined, timeoutMs, fetch })] : []),
  ];
  const images = config.images ? new OpenAiImageGenerator({ ...config.images, timeoutMs: Math.max(timeoutMs, 60_000), fetch }) : null;
  if (stock.length === 0 && !images) return null;
  return { stock, images, cache: visualMediaCache(options) };
}

/** Where stock clips and generated images are kept, shared by the planner (which downloads) and the renderer. */
export function visualMediaCache(options: { dataDir: string; guard: OutboundGuard }): VisualMediaCache {
  return new VisualMediaCache({ dir: join(options.dataDir, 'cache', 'visuals'), guard: options.guard });
}
