import { BuiltinPlanner } from './builtin/index.js';
import { createLlmPlanner, type LlmSettings } from './llm/index.js';
import type { Planner } from './planner.js';

/** The planner for the configuration: a language model when one is configured, else the built-in rules. */
export function createPlanner(llm: LlmSettings | null): Planner {
  return llm ? createLlmPlanner(llm) : new BuiltinPlanner();
}
