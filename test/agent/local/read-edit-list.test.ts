import { describe, expect, it } from 'vitest';
import { readEditList } from '../../../src/agent/local/index.js';

describe('the edit list read from a local model’s answer', () => {
  it('keeps the edits that fit the schema and leaves out one whose number overflowed', () => {
    // What the grammar allows but the schema does not: 400 digits parse to Infinity.
    const answer = JSON.parse(`{"operations":[{"op":"set_title","title":"Short"},{"op":"set_pace","pace":${'9'.repeat(400)}},{"op":"remove_scene","scene_id":"s2"}],"reply":null,"not_understood":["x"]}`);
    const edits = readEditList(answer);
    expect(edits.operations).toEqual([{ op: 'set_title', title: 'Short' }, { op: 'remove_scene', scene_id: 's2' }]);
    expect(edits.not_understood).toEqual(['x']);
    expect(edits.reply).toBeNull();
  });

  it('reads an answer with no usable edits as an empty list, and refuses one that is not an object', () => {
    expect(readEditList({ operations: 'none', reply: 'Which scene?' })).toEqual({ operations: [], reply: 'Which scene?', not_understood: [] });
    expect(() => readEditList('set the title')).toThrow(/something other than an edit list/);
  });
});
