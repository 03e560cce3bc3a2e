export { LlmPlanner, type LlmPlannerOptions } from './llm-planner.js';
export { createLlmPlanner, type LlmSettings, type LlmPlannerTuning } from './create-llm-planner.js';
export { LlmPlannerError } from './llm-errors.js';
export type { CallPolicy } from './call-model.js';
export { reviseOutputSchema, sceneIdsOf, toEditOperation, type PlanOutput, type ReviseOutput } from './llm-schemas.js';
export { storyboardFromDraft, isMedia } from './storyboard-from-draft.js';
export { reviseUserPrompt, reviseSystemPrompt, WORDS_PER_SECOND } from './llm-prompts.js';
