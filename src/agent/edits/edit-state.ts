import type { Scene, Storyboard } from '../../storyboard/index.js';
import type { Voice } from '../../media/tts/index.js';
import type { VisualProviders } from '../../visuals/index.js';
import type { EditKind, EditOperation } from './edit-operation.js';

/** What picture edits search: the configured providers (null: the library only), stopped with the run. */
export interface PictureContext {
  providers: VisualProviders | null;
  signal: AbortSignal;
}

/** The working state of one applyEdits call: the storyboard as edited so far and what the edits said. */
export class EditState {
  sb: Storyboard;
  readonly problems: string[] = [];
  approved = false;
  /** Set by set_duration_target: the narration is fitted to it after every edit is applied. */
  target: number | null = null;
  revertedTo: number | null = null;

  constructor(
    /** The storyboard before any edit. */
    readonly input: Storyboard,
    readonly voices: readonly Voice[],
    /** Earlier versions, for revert_to_version. */
    readonly history: readonly Storyboard[],
    readonly pictures: PictureContext = { providers: null, signal: new AbortController().signal },
  ) {
    this.sb = structuredClone(input);
  }

  /** The scene with this id and its index, or null (with a problem saying so). */
  scene(id: string): { index: number; scene: Scene } | null {
    const index = sceneIndex(this.sb, id);
    if (index < 0) {
      this.problems.push(`there is no scene with id "${id}"`);
      return null;
    }
    return { index, scene: this.sb.scenes[index]! };
  }

  replace(index: number, next: Scene): void {
    const scenes = [...this.sb.scenes];
    scenes[index] = next;
    this.sb = { ...this.sb, scenes };
  }

  setScenes(scenes: Scene[]): void {
    this.sb = { ...this.sb, scenes };
  }
}

export function sceneIndex(sb: Storyboard, id: string): number {
  return sb.scenes.findIndex((s) => s.id === id);
}

/** The operation of one kind. */
export type EditOf<K extends EditKind> = Extract<EditOperation, { op: K }>;

/** Carries out one operation on the state; a reason goes to `state.problems` when it cannot. */
export type EditApplier<K extends EditKind> = (op: EditOf<K>, state: EditState) => void | Promise<void>;

/** One applier per edit kind: a kind without one does not type-check. */
export type EditAppliers = { [K in EditKind]: EditApplier<K> };
