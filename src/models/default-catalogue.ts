import { kokoroCatalogue } from './kokoro-catalogue.js';
import { llmCatalogue } from './llm-catalogue.js';
import type { ModelCatalogue } from './model-catalogue.js';
import { piperCatalogue } from './piper-catalogue.js';

/** Every model the manager knows: Kokoro first (the default natural voice), Piper's voices, then the local language models. */
export const defaultCatalogue: ModelCatalogue = [...kokoroCatalogue, ...piperCatalogue, ...llmCatalogue];
