import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BuiltinPlanner, parseFeedback } from '../../../src/agent/index.js';
import { storyboardDuration, validateStoryboard } from '../../../src/storyboard/index.js';
import { baseStoryboard, testContext, testVoices } from '../test-context.js';

interface FeedbackFixture {
  name: string;
  message: string;
  expect: {
    kind: 'revised' | 'approved' | 'unclear';
    ops: Record<string, unknown>[];
    messageIncludes?: string[];
    voiceId?: string;
    orientation?: string;
    captions?: boolean;
    title?: string;
    durationNear?: number;
    shorter?: boolean;
    longer?: boolean;
    approvedStoryboard?: boolean;
  };
}

const dir = fileURLToPath(new URL('../../fixtures/feedback/', import.meta.url));
const fixtures: FeedbackFixture[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(dir + f, 'utf8')) as FeedbackFixture);

describe('BuiltinPlanner.revise on fixture feedback', () => {
  it('has at least 25 feedback messages', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(25);
  });

  for (const fixture of fixtures) {
    it(`${fixture.name}: “${fixture.message}”`, async () => {
      const { current, history } = baseStoryboard();
      const e = fixture.expect;
      const parsed = parseFeedback(fixture.message, current, testVoices);
      expect(parsed.operations).toHaveLength(e.ops.length);
      parsed.operations.forEach((op, i) => expect(op).toMatchObject(e.ops[i]!));

      const context = testContext();
      const result = await new BuiltinPlanner().revise({ storyboard: current, history, message: fixture.message, attachments: [], overrides: {} }, context);
      expect(result.kind).toBe(e.kind);
      expect(result.message.length).toBeGreaterThan(10);
      for (const words of e.messageIncludes ?? []) expect(result.message).toContain(words);
      if (result.kind === 'unclear') {
        expect(result.message).toContain('I can');
        return;
      }
      const after = result.kind === 'revised' ? result.storyboard : result.storyboard;
      if (result.kind === 'approved' && !e.approvedStoryboard) {
        expect(result.storyboard).toBeNull();
        return;
      }
      expect(after).not.toBeNull();
      const sb = validateStoryboard(after);
      expect(sb.version).toBe(current.version + 1);
      // The message states the new length.
      expect(result.message).toMatch(new RegExp(`about ${Math.round(storyboardDuration(sb))} s`));
      if (e.voiceId) expect(sb.voice_id).toBe(e.voiceId);
      if (e.orientation) expect(sb.orientation).toBe(e.orientation);
      if (e.captions !== undefined) expect(sb.captions.enabled).toBe(e.captions);
      if (e.title) expect(sb.title).toBe(e.title);
      const before = storyboardDuration(current);
      const seconds = storyboardDuration(sb);
      if (e.durationNear) expect(Math.abs(seconds - e.durationNear)).toBeLessThanOrEqual(e.durationNear * 0.1);
      if (e.shorter) expect(seconds).toBeLessThan(before * 0.9);
      if (e.longer) expect(seconds).toBeGreaterThan(before * 1.05);
      // Untouched scenes keep their ids.
      for (const scene of sb.scenes) if (current.scenes.some((s) => s.id === scene.id)) expect(scene.id).toMatch(/^s\d+$/);
      expect(new Set(sb.scenes.map((s) => s.id)).size).toBe(sb.scenes.length);
      expect(context.progress.every((p, i) => i === 0 || p >= context.progress[i - 1]!)).toBe(true);
    });
  }
});

describe('BuiltinPlanner.revise details', () => {
  it('names the changes and the new length: “Removed scene 3 and switched to a female voice; now 5 scenes, about N s.”', async () => {
    const { current, history } = baseStoryboard();
    const male = { ...current, voice_id: 'espeak-en-us-male' };
    const result = await new BuiltinPlanner().revise({ storyboard: male, history, message: 'remove scene 3 and switch to a female voice', attachments: [], overrides: {} }, testContext());
    expect(result.kind).toBe('revised');
    expect(result.message).toMatch(/^Switched to an American female voice and removed scene 3; now 5 scenes, about \d+ s\.$/);
  });

  it('keeps scene ids stable and gives a new scene the next free id', async () => {
    const { current, history } = baseStoryboard();
    const result = await new BuiltinPlanner().revise({ storyboard: current, history, message: 'remove scene 2, then add a scene about security at the end', attachments: [], overrides: {} }, testContext());
    if (result.kind !== 'revised') throw new Error(result.message);
    expect(result.storyboard.scenes.map((s) => s.id)).toEqual(['s1', 's3', 's4', 's5', 's6', 's7']);
  });

  it('applies an explicit voice override sent with the message', async () => {
    const { current, history } = baseStoryboard();
    const result = await new BuiltinPlanner().revise({ storyboard: current, history, message: 'looks good', attachments: [], overrides: { voice_id: 'espeak-en-gb-male' } }, testContext());
    expect(result.kind).toBe('approved');
    if (result.kind === 'approved') expect(result.storyboard?.voice_id).toBe('espeak-en-gb-male');
  });

  it('says what it understood when part of a message cannot apply', async () => {
    const { current, history } = baseStoryboard();
    const result = await new BuiltinPlanner().revise({ storyboard: current, history, message: 'remove scene 2 and add some jazz music', attachments: [], overrides: {} }, testContext());
    expect(result.kind).toBe('revised');
    expect(result.message).toContain('Removed scene 2');
    expect(result.message).toContain('did not understand “add some jazz music”');
  });

  it('shortens to within 10 % with “make it 15 seconds”, keeping the title and the call to action', async () => {
    const { current, history } = baseStoryboard();
    const result = await new BuiltinPlanner().revise({ storyboard: current, history, message: 'make it 15 seconds', attachments: [], overrides: {} }, testContext());
    if (result.kind !== 'revised') throw new Error(result.message);
    expect(Math.abs(storyboardDuration(result.storyboard) - 15)).toBeLessThanOrEqual(1.5);
    expect(result.storyboard.scenes[0]!.layout).toBe('title');
    expect(result.storyboard.scenes.at(-1)!.layout).toBe('cta');
    expect(result.storyboard.duration_target_sec).toBe(15);
  });
});
