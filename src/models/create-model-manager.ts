import { createOutboundGuard, type OutboundPolicy } from '../net/index.js';
import { defaultCatalogue } from './default-catalogue.js';
import { loadCatalogueFile } from './load-catalogue-file.js';
import type { ModelCatalogue } from './model-catalogue.js';
import { ModelManager } from './model-manager.js';

export const DEFAULT_HUB_URL = 'https://huggingface.co';

/**
 * The manager as the server and the CLI use it: downloads through the outbound guard, the hub (HF_ENDPOINT)
 * allowed even on a private address, since an operator who points it at a mirror means it.
 */
export function createModelManager(options: { modelsDir: string; hubUrl: string; outbound: OutboundPolicy; catalogue?: ModelCatalogue; catalogueFile?: string | null }): ModelManager {
  const hubHost = new URL(options.hubUrl).hostname.replace(/^\[|\]$/g, '');
  const guard = createOutboundGuard({ ...options.outbound, outboundAllowlist: [...options.outbound.outboundAllowlist, hubHost] });
  return new ModelManager({ modelsDir: options.modelsDir, catalogue: loadCatalogueFile(options.catalogue ?? defaultCatalogue, options.catalogueFile ?? null), hubUrl: options.hubUrl, fetch: guard.fetch });
}
