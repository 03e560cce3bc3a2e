import type { EditOperation } from './edit-operation.js';
import type { EditAppliers, EditState } from './edit-state.js';
import { sceneContentEdits } from './scene-content-edits.js';
import { sceneListEdits } from './scene-list-edits.js';
import { storyboardSettingEdits } from './storyboard-setting-edits.js';
import { visualEdits } from './visual-edits.js';

/** Every edit kind's applier: adding a kind to EditOperation fails the type check here until it has one. */
export const editAppliers: EditAppliers = { ...sceneContentEdits, ...sceneListEdits, ...storyboardSettingEdits, ...visualEdits };

export function applyEdit(op: EditOperation, state: EditState): void | Promise<void> {
  // The map pairs each kind with its applier; TypeScript cannot follow that correlation through an index.
  return (editAppliers[op.op] as (op: EditOperation, state: EditState) => void | Promise<void>)(op, state);
}
