export type { Planner, PlannerContext, PlanRequest, PlanResult, ReviseRequest, ReviseResult, Attachment } from './planner.js';
export { BuiltinPlanner, CAPABILITIES, parseFeedback, parseRequest, resolveSceneReferences } from './builtin/index.js';
export type { ParsedFeedback, ParsedRequest, VideoKind, SceneReferences } from './builtin/index.js';
export { applyEdits, editKinds, type EditOperation, type EditKind, type EditEnvironment, type EditOutcome } from './edits/index.js';
export { fitDuration, SceneMeasurer, MIN_FIT_PACE, MAX_FIT_PACE, type MeasureFn, type FitDurationOptions, type FitDurationResult } from './duration/index.js';
export { extractDocumentText, isDocumentMimeType, documentMimeTypes, markdownToText } from './documents/index.js';
export { pickVoice, accentLanguages, type VoicePreference } from './voices/index.js';
export { detectLanguage, splitSentences, type KnownLanguage } from './text/index.js';
