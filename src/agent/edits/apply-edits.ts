import { storyboardDuration, validateStoryboard, SCENE_PADDING_SEC, SCENE_MIN_SEC, type Scene, type Storyboard } from '../../storyboard/index.js';
import type { Voice } from '../../media/tts/index.js';
import { fitDuration, type SceneMeasurer } from '../duration/index.js';
import type { KnownLanguage } from '../text/index.js';
import type { VisualProviders } from '../../visuals/index.js';
import { applyEdit } from './edit-appliers.js';
import type { EditOperation } from './edit-operation.js';
import { EditState } from './edit-state.js';

export interface EditEnvironment {
  voices: readonly Voice[];
  /** Earlier versions, for revert_to_version. */
  history: readonly Storyboard[];
  measurer: SceneMeasurer;
  /** Sentences a longer target may add, in order. */
  reserve?: readonly string[];
  language?: KnownLanguage;
  makeScene?: (sentence: string, id: string) => Scene;
  onProgress?: (fraction: number) => void;
  /** Stock and image providers for picture edits (null: the bundled library only). */
  visuals?: VisualProviders | null;
  /** Ends picture searches when the run is stopped. */
  signal?: AbortSignal;
}

export interface EditOutcome {
  /** The new version (version + 1), validated and measured; equal in content to the input when nothing applied. */
  storyboard: Storyboard;
  approved: boolean;
  /** The operations that took effect. */
  applied: EditOperation[];
  /** Why the others did not, one sentence each. */
  problems: string[];
  /** Whether the content changed. */
  changed: boolean;
  /** Set when a duration target could not be reached. */
  durationShortfall: { target: number; seconds: number } | null;
  /** Set by revert_to_version. */
  revertedTo: number | null;
}

/**
 * Applies edit operations in order to a storyboard: the one engine behind every planner's revisions.
 * Scenes whose narration, voice or pace changed are re-measured with the TTS; a duration target re-fits
 * the narration. Operations that cannot apply are skipped with a reason in `problems`. The result is
 * validated and numbered version + 1.
 */
export async function applyEdits(input: Storyboard, operations: readonly EditOperation[], env: EditEnvironment): Promise<EditOutcome> {
  const state = new EditState(input, env.voices, env.history, { providers: env.visuals ?? null, signal: env.signal ?? new AbortController().signal });
  const applied: EditOperation[] = [];
  const progress = env.onProgress ?? (() => {});

  // Known measurements: scenes that did not change are not spoken again.
  for (const version of [...env.history, input]) {
    // A scene held at the 2 s minimum does not tell how long its narration is: that one is measured again.
    for (const scene of version.scenes) {
      if (scene.duration_sec > SCENE_MIN_SEC + 1e-6) env.measurer.remember(scene.narration, version.voice_id, version.pace, scene.duration_sec - SCENE_PADDING_SEC);
    }
  }

  for (const op of operations) {
    const before = state.sb;
    await applyEdit(op, state);
    if (state.sb !== before || op.op === 'approve' || (op.op === 'set_duration_target' && state.target !== null)) applied.push(op);
  }
  const { problems, approved, target, revertedTo } = state;
  progress(0.3);

  let sb = keepKnownDurations(await env.measurer.storyboard(state.sb), [...env.history, input]);
  let durationShortfall: EditOutcome['durationShortfall'] = null;
  if (target !== null) {
    const fitted = await fitDuration(sb, {
      target,
      measurer: env.measurer,
      reserve: (env.reserve ?? []).filter((s) => !sb.scenes.some((scene) => scene.narration.includes(s))),
      ...(env.language ? { language: env.language } : {}),
      ...(env.makeScene ? { makeScene: env.makeScene } : {}),
      onProgress: (f) => progress(0.3 + 0.65 * f),
    });
    sb = fitted.storyboard;
    if (!fitted.reached) durationShortfall = { target, seconds: fitted.seconds };
  }
  const result = validateStoryboard({ ...sb, version: input.version + 1 });
  progress(1);
  const changed = JSON.stringify({ ...result, version: 0 }) !== JSON.stringify({ ...input, version: 0 });
  return { storyboard: result, approved, applied, problems, changed, durationShortfall, revertedTo };
}

/** Unchanged scenes keep their stored duration exactly (re-measuring would only re-round it). */
function keepKnownDurations(sb: Storyboard, versions: readonly Storyboard[]): Storyboard {
  const known = new Map<string, number>();
  for (const v of versions) for (const scene of v.scenes) known.set(`${v.voice_id}\u0000${v.pace}\u0000${scene.narration}`, scene.duration_sec);
  return {
    ...sb,
    scenes: sb.scenes.map((scene) => {
      const duration = known.get(`${sb.voice_id}\u0000${sb.pace}\u0000${scene.narration}`);
      return duration === undefined ? scene : { ...scene, duration_sec: duration };
    }),
  };
}

/** Total measured length, rounded for messages. */
export function roundedSeconds(sb: Storyboard): number {
  return Math.round(storyboardDuration(sb));
}
