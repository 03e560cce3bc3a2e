import { BuiltinPlanner } from './builtin/index.js';
import { createLlmPlanner, type LlmSettings } from './llm/index.js';
import type { VisualProviders } from '../visuals/index.js';
import type { Planner } from './planner.js';
import { withVisuals } from './with-visuals.js';

/**
 * The planner for the configuration: a language model when one is configured, else the built-in rules; either
 * way its storyboards get a picture on every scene (stock and generated ones when `visuals` has providers).
 */
export function createPlanner(llm: LlmSettings | null, visuals: VisualProviders | null = null): Planner {
  return withVisuals(llm ? createLlmPlanner(llm) : new BuiltinPlanner(), visuals);
}
