export { BuiltinPlanner, CAPABILITIES } from './builtin-planner.js';
export { parseFeedback, type ParsedFeedback } from './parse-feedback.js';
export { parseRequest, type ParsedRequest, type VideoKind } from './parse-request.js';
export { resolveSceneReferences, type SceneReferences } from './scene-reference.js';
export { reviseWithOperations, type UnderstoodFeedback } from './revise-with-operations.js';
export { clarifyingQuestion, plannedMessage, sizeSummary } from './planner-messages.js';
export { parseVisualFeedback, parseVisualClause, pictureRequest, type VisualFeedback } from './parse-visual-feedback.js';
