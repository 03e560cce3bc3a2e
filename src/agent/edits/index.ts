export { applyEdits, roundedSeconds, type EditEnvironment, type EditOutcome } from './apply-edits.js';
export { editKinds, type EditOperation, type EditKind } from './edit-operation.js';
