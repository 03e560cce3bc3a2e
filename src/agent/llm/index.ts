export { LlmPlanner, type LlmPlannerOptions } from './llm-planner.js';
export { createLlmPlanner, type LlmSettings, type LlmPlannerTuning } from './create-llm-planner.js';
export { LlmPlannerError } from './llm-errors.js';
export type { CallPolicy } from './call-model.js';
