export { LocalLlmPlanner, LOCAL_TOKEN_BUDGETS, type LocalPlannerOptions } from './local-llm-planner.js';
export { loadLocalLlm, importLlama, type LocalLlm, type LocalLlmOptions, type JsonCall, type JsonAnswer } from './llama-runtime.js';
export { folderModelSource, chooseLocalModel, LOCAL_MODEL_PULL_COMMAND, type LocalModelSource, type ChosenLocalModel } from './local-model-source.js';
export { llmCatalogue, LLM_MODEL_FILE, type LlmCatalogueEntry } from '../../models/index.js';
export { outlineSchema, sceneSchema, reviseGrammarSchema, toGrammarSchema, cleanStrings, readEditList } from './local-schemas.js';
