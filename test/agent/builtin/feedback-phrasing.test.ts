import { describe, expect, it } from 'vitest';
import { parseFeedback } from '../../../src/agent/index.js';
import { baseStoryboard, testVoices } from '../test-context.js';

/** One message per kind of phrasing the built-in planner understands, with the operations it must yield. */
const kinds: [kind: string, message: string, ops: Record<string, unknown>[]][] = [
  ['title by "rename"', 'rename it to "Spring Update"', [{ op: 'set_title', title: 'Spring Update' }]],
  ['title by "make the title"', 'make the title "Notes 3"', [{ op: 'set_title', title: 'Notes 3' }]],
  ['narration by "should say"', 'scene 2 should say "Plans start at five dollars."', [{ op: 'set_narration', scene_id: 's2' }]],
  ['narration by "rewrite … as"', 'rewrite the last scene as "Get it today."', [{ op: 'set_narration', scene_id: 's6' }]],
  ['headline', 'change the headline of scene 4 to "Faster"', [{ op: 'set_headline', scene_id: 's4', headline: 'Faster' }]],
  ['bullets as a quoted list', 'set the bullets of scene 3 to "A", "B" and "C"', [{ op: 'set_bullets', scene_id: 's3', bullets: ['A', 'B', 'C'] }]],
  ['remove by number', 'remove scene 4', [{ op: 'remove_scene', scene_id: 's4' }]],
  ['remove by role', 'drop the intro', [{ op: 'remove_scene', scene_id: 's1' }]],
  ['remove by content', 'get rid of the scene about pricing', [{ op: 'remove_scene', scene_id: 's2' }]],
  ['remove by layout', 'delete the quote', [{ op: 'remove_scene', scene_id: 's5' }]],
  ['remove several', 'remove scenes 4 and 5', [{ op: 'remove_scene', scene_id: 's4' }, { op: 'remove_scene', scene_id: 's5' }]],
  ['remove as a judgement', 'scene 2 is boring', [{ op: 'remove_scene', scene_id: 's2' }]],
  ['move to a position', 'move scene 4 to position 2', [{ op: 'move_scene', scene_id: 's4', to: 2 }]],
  ['move relative', 'put the pricing scene after the quote', [{ op: 'move_scene', scene_id: 's2', to: 5 }]],
  ['swap', 'swap scenes 2 and 3', [{ op: 'swap_scenes', scene_id: 's2', other_scene_id: 's3' }]],
  ['merge', 'combine scenes 2 and 3', [{ op: 'merge_scenes', scene_id: 's2', other_scene_id: 's3' }]],
  ['split', 'split scene 3 in two', [{ op: 'split_scene', scene_id: 's3' }]],
  ['add about a topic', 'add a scene about security before the last scene', [{ op: 'add_scene', position: 6 }]],
  ['add with words', 'add a scene saying "Thanks for watching" at the end', [{ op: 'add_scene', position: 7, narration: 'Thanks for watching' }]],
  ['layout', 'turn scene 2 into bullets', [{ op: 'set_layout', scene_id: 's2', layout: 'bullets' }]],
  ['voice gender', 'use a male voice', [{ op: 'set_voice', gender: 'male' }]],
  ['voice accent', 'British narrator please', [{ op: 'set_voice', accent: 'british' }]],
  ['orientation', 'make it vertical', [{ op: 'set_orientation', orientation: 'portrait' }]],
  ['captions', 'no subtitles', [{ op: 'set_captions', enabled: false }]],
  ['pace', 'speak a bit faster', [{ op: 'set_pace', pace: 1.05 }]],
  ['absolute length', 'make it 45 seconds', [{ op: 'set_duration_target', seconds: 45 }]],
  ['relative length', 'make it much shorter', [{ op: 'set_duration_target' }]],
  ['multiple length', 'make it twice as long', [{ op: 'set_duration_target' }]],
  ['revert by version', 'go back to version 1', [{ op: 'revert_to_version', version: 1 }]],
  ['undo', 'undo', [{ op: 'revert_to_version', version: 1 }]],
  ['approve', 'looks great, render it', [{ op: 'approve' }]],
  ['edits then approval', 'remove the quote and ship it', [{ op: 'remove_scene', scene_id: 's5' }, { op: 'approve' }]],
  ['several edits in one message', 'shorter, British voice, and drop the intro', [{ op: 'set_duration_target' }, { op: 'set_voice', accent: 'british' }, { op: 'remove_scene', scene_id: 's1' }]],
];

describe('feedback phrasing the built-in planner understands', () => {
  it('covers at least 25 kinds', () => {
    expect(new Set(kinds.map(([kind]) => kind)).size).toBeGreaterThanOrEqual(25);
  });
  for (const [kind, message, ops] of kinds) {
    it(`${kind}: “${message}”`, () => {
      const parsed = parseFeedback(message, baseStoryboard().current, testVoices);
      expect(parsed.unknown).toEqual([]);
      expect(parsed.operations).toHaveLength(ops.length);
      ops.forEach((op, i) => expect(parsed.operations[i]).toMatchObject(op));
    });
  }
});
