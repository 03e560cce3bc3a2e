import { describe, expect, it } from 'vitest';
import { BuiltinPlanner, type ReviseResult } from '../../../src/agent/index.js';
import { storyboardDuration, type Storyboard } from '../../../src/storyboard/index.js';
import { baseStoryboard, testContext } from '../test-context.js';

async function revise(storyboard: Storyboard, history: Storyboard[], message: string): Promise<ReviseResult> {
  return new BuiltinPlanner().revise({ storyboard, history, message, attachments: [], overrides: {} }, testContext());
}

/** Version 3 of the announcement, with versions 1 and 2 as its history. */
function threeVersions(): { current: Storyboard; history: Storyboard[] } {
  const { current: v2, history } = baseStoryboard();
  const v3: Storyboard = { ...structuredClone(v2), version: 3, title: 'Acme Notes 3.0 is here' };
  return { current: v3, history: [...history, v2] };
}

describe('feedback never stalls', () => {
  for (const [message, version, title] of [
    ['Go back to the first version', 1, 'Acme Notes'],
    ['revert to version 2', 2, 'Acme Notes 3.0'],
    ['undo that', 2, 'Acme Notes 3.0'],
    ['the original was better, restore the original', 1, 'Acme Notes'],
  ] as const) {
    it(`“${message}” goes back to version ${version}`, async () => {
      const { current, history } = threeVersions();
      const result = await revise(current, history, message);
      expect(result.kind).toBe('revised');
      if (result.kind !== 'revised') return;
      expect(result.storyboard.title).toBe(title);
      expect(result.message).toMatch(new RegExp(`Went back to version ${version}`));
    });
  }

  it('answers a request that is already true and keeps the storyboard in review', async () => {
    const { current, history } = baseStoryboard();
    const result = await revise(current, history, 'Use a female voice please');
    expect(result.kind).toBe('revised');
    if (result.kind !== 'revised') return;
    expect(result.unchanged).toBe(true);
    expect(result.storyboard).toEqual(current);
    expect(result.message).toMatch(/^The voice is already female: English \(US\) – female\./);
  });

  it('applies every request of one message and lists them all', async () => {
    const { current, history } = baseStoryboard();
    const result = await revise(current, history, 'Use a male voice, turn captions off, make it vertical and remove the quote');
    expect(result.kind).toBe('revised');
    if (result.kind !== 'revised') return;
    expect(result.storyboard.voice_id).toBe('espeak-en-us-male');
    expect(result.storyboard.captions.enabled).toBe(false);
    expect(result.storyboard.orientation).toBe('portrait');
    expect(result.storyboard.scenes.some((s) => s.layout === 'quote')).toBe(false);
    expect(result.message).toMatch(/male/i);
    expect(result.message).toMatch(/caption/i);
    expect(result.message).toMatch(/portrait|vertical/i);
    expect(result.message).toMatch(/[Rr]emoved scene/);
  });

  it('says what it can do when it cannot act, in the user’s language', async () => {
    const { current, history } = baseStoryboard();
    const english = await revise(current, history, 'Add some jazz music please');
    expect(english.kind).toBe('unclear');
    expect(english.message).toMatch(/I can change the title/);
    const german = await revise(current, history, 'Bitte mach die Musik etwas fröhlicher, das wäre schön');
    expect(german.kind).toBe('unclear');
    expect(german.message).toMatch(/nicht verstanden/);
    expect(german.message).toMatch(/Ich kann den Titel ändern/);
    const french = await revise(current, history, 'Je voudrais une musique plus douce pour la vidéo');
    expect(french.message).toMatch(/Je peux changer le titre/);
  });

  it('“make it shorter” never slows the voice and never stretches what is left', async () => {
    const { current, history } = baseStoryboard();
    const result = await revise(current, history, 'make it much shorter');
    expect(result.kind).toBe('revised');
    if (result.kind !== 'revised') return;
    expect(result.storyboard.pace).toBeGreaterThanOrEqual(current.pace);
    expect(storyboardDuration(result.storyboard)).toBeLessThan(storyboardDuration(current));
    expect(result.message).not.toMatch(/slow/i);
  });

  it('never adds invented sentences to make a video longer', async () => {
    const { current, history } = baseStoryboard();
    const result = await revise(current, history, 'make it 60 seconds');
    const before = new Set([...history, current].flatMap((v) => v.scenes.map((s) => s.narration)).join(' ').split(/(?<=[.!?])\s+/));
    if (result.kind === 'revised') {
      for (const sentence of result.storyboard.scenes.flatMap((s) => s.narration.split(/(?<=[.!?])\s+/))) expect(before.has(sentence), sentence).toBe(true);
      expect(result.storyboard.pace).toBeGreaterThanOrEqual(1);
    }
  });
});
