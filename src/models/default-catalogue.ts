import { kokoroCatalogue } from './kokoro-catalogue.js';
import type { ModelCatalogue } from './model-catalogue.js';
import { piperCatalogue } from './piper-catalogue.js';

/** Every model the manager knows: Kokoro first (the default natural voice), then Piper's voices. */
export const defaultCatalogue: ModelCatalogue = [...kokoroCatalogue, ...piperCatalogue];
