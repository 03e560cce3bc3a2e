import type { Layout, Orientation } from '../../storyboard/index.js';
import type { VoiceGender } from '../../media/tts/index.js';
import { visualEditKinds, type VisualEditOperation } from './visual-edit-operation.js';

/**
 * One change to a storyboard. Planners turn feedback into a list of these (the built-in one with rules,
 * an LLM one with structured output); applyEdits is the one engine that carries them out. Scenes are
 * named by their stable id; positions are 1-based.
 */
export type EditOperation =
  | { op: 'set_title'; title: string }
  | { op: 'set_narration'; scene_id: string; narration: string }
  | { op: 'remove_scene'; scene_id: string }
  /** Moves a scene so that it ends up at position `to` (1-based, in the resulting order). */
  | { op: 'move_scene'; scene_id: string; to: number }
  | { op: 'swap_scenes'; scene_id: string; other_scene_id: string }
  /** Joins two scenes into one at the earlier one's place (it keeps its id); the other disappears. */
  | { op: 'merge_scenes'; scene_id: string; other_scene_id: string }
  /** Splits a scene's narration in two scenes at a sentence boundary (the first keeps the id). */
  | { op: 'split_scene'; scene_id: string }
  /** Inserts a scene at `position` (1-based), or before the closing call to action when null. */
  | {
      op: 'add_scene';
      position: number | null;
      layout: Layout;
      narration: string;
      headline?: string;
      bullets?: string[];
      stat?: string;
      attribution?: string;
    }
  | { op: 'set_layout'; scene_id: string; layout: Layout }
  | { op: 'set_headline'; scene_id: string; headline: string }
  | { op: 'set_bullets'; scene_id: string; bullets: string[] }
  /** A voice by id, or the best voice of the storyboard's language with this gender and/or accent. */
  | { op: 'set_voice'; voice_id?: string; gender?: VoiceGender; accent?: string; /** A natural (neural) voice: "use a more natural voice". */ natural?: boolean }
  | { op: 'set_avatar'; avatar_id: string | null }
  | { op: 'set_orientation'; orientation: Orientation }
  | { op: 'set_captions'; enabled: boolean }
  | { op: 'set_pace'; pace: number }
  /** Re-fits the narration (and, as a last resort, the pace) to this length. */
  | { op: 'set_duration_target'; seconds: number }
  /** Restores an earlier version's content (as a new version). */
  | { op: 'revert_to_version'; version: number }
  | { op: 'approve' }
  | VisualEditOperation;

export type EditKind = EditOperation['op'];

export const editKinds = [
  'set_title', 'set_narration', 'remove_scene', 'move_scene', 'swap_scenes', 'merge_scenes', 'split_scene', 'add_scene', 'set_layout', 'set_headline',
  'set_bullets', 'set_voice', 'set_avatar', 'set_orientation', 'set_captions', 'set_pace', 'set_duration_target',
  'revert_to_version', 'approve', ...visualEditKinds,
] as const satisfies readonly EditKind[];
