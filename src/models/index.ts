export type { CatalogueModel, CatalogueVoice, ModelCatalogue, ModelEngine, ModelFile, ModelKind } from './model-catalogue.js';
export { defaultCatalogue } from './default-catalogue.js';
export { ModelManager, type ModelManagerOptions, type ModelStatus, type PullProgress, type VerifyResult } from './model-manager.js';
export { ModelError, isModelError, type ModelErrorCode } from './model-error.js';
export { downloadFile, type DownloadTarget, type DownloadResult } from './download-file.js';
export { DEFAULT_HUB_URL, createModelManager } from './create-model-manager.js';
export { catalogueVoices, modelForVoice, modelVoiceSource } from './model-voices.js';
export { NATURAL_VOICE_COMMAND, naturalVoiceHint } from './natural-voice-hint.js';
export { llmCatalogue, LLM_MODEL_FILE, type LlmCatalogueEntry } from './llm-catalogue.js';
