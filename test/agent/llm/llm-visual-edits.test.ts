import { afterEach, describe, expect, it } from 'vitest';
import type { Attachment } from '../../../src/agent/index.js';
import { assignVisuals } from '../../../src/visuals/index.js';
import { baseStoryboard, testContext } from '../test-context.js';
import { fakePlanner, type FakePlanner } from './llm-fixtures.js';

let open: FakePlanner[] = [];
afterEach(async () => {
  await Promise.all(open.map((f) => f.server.close()));
  open = [];
});

const upload: Attachment = { asset_id: 'ast_team', mime_type: 'image/png', filename: 'team.png', text: null };

describe('LlmPlanner picture edits', () => {
  it('maps feedback to the same picture edits as the rules, with the attached file’s id', async () => {
    const output = {
      operations: [
        { op: 'remove_visual', scene_id: 's1' },
        { op: 'set_visual', scene_id: 's3', kind: 'user_media', query: null, asset_id: 'ast_team' },
        { op: 'set_visual', scene_id: 's2', kind: 'illustration', query: 'honeybee', asset_id: null },
      ],
      reply: null,
      not_understood: [],
    };
    const fake = await fakePlanner('openai', () => ({ output }));
    open.push(fake);
    const { current, history } = baseStoryboard();
    const message = 'no picture on the title, my upload on scene 3 and a bee on scene 2';
    const result = await fake.planner.revise({ storyboard: assignVisuals(current), history, message, attachments: [upload], overrides: {} }, testContext());
    expect(result.kind).toBe('revised');
    if (result.kind !== 'revised') return;
    expect(result.storyboard.scenes[0]!.no_visual).toBe(true);
    expect(result.storyboard.scenes[2]!.media?.asset_id).toBe('ast_team');
    expect(result.storyboard.scenes[1]!.visual).toMatchObject({ kind: 'illustration', source: { id: 'honeybee' }, pinned: true });
    expect(JSON.stringify(fake.server.requests[0])).toContain('ast_team (image/png)');
  });

  it('sends an upload id that was not attached back to the model', async () => {
    let calls = 0;
    const fake = await fakePlanner('openai', () => ({
      output: { operations: [{ op: 'set_visual', scene_id: 's3', kind: 'user_media', query: null, asset_id: calls++ === 0 ? 'ast_made_up' : 'ast_team' }], reply: null, not_understood: [] },
    }));
    open.push(fake);
    const { current, history } = baseStoryboard();
    const result = await fake.planner.revise({ storyboard: current, history, message: 'use my upload on scene 3', attachments: [upload], overrides: {} }, testContext());
    expect(result.kind).toBe('revised');
    expect(JSON.stringify(fake.server.requests[1])).toMatch(/not ast_made_up/);
  });
});
