export { applyEdits, roundedSeconds, type EditEnvironment, type EditOutcome } from './apply-edits.js';
export { editKinds, type EditOperation, type EditKind } from './edit-operation.js';
export { applyVisualEdit, type VisualEditEnvironment, type VisualEditResult } from './visual-edits.js';
export { isVisualEdit, requestableVisualKinds, visualEditKinds, type RequestableVisualKind, type VisualEditKind, type VisualEditOperation } from './visual-edit-operation.js';
