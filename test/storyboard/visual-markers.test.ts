import { describe, expect, it } from 'vitest';
import { describeChanges, validateStoryboard, type Storyboard } from '../../src/storyboard/index.js';
import { baseStoryboard } from '../agent/test-context.js';

describe('picture markers in the storyboard', () => {
  it('loads stored storyboards written before the markers (schema 1 and 2)', () => {
    const { current } = baseStoryboard();
    expect(validateStoryboard({ ...current, schema: 1 }).scenes).toHaveLength(6);
    expect(validateStoryboard(JSON.parse(JSON.stringify(current))).visual_preference).toBeUndefined();
  });

  it('keeps a pinned visual, a scene without a picture and the video’s preference', () => {
    const { current } = baseStoryboard();
    const marked: Storyboard = {
      ...current,
      visual_preference: 'footage',
      scenes: current.scenes.map((s, i) => (i === 0 ? { ...s, no_visual: true } : i === 1 ? { ...s, visual: { kind: 'illustration', source: { provider: 'fluent-emoji-flat', id: 'honeybee' }, pinned: true } } : s)),
    };
    const loaded = validateStoryboard(JSON.parse(JSON.stringify(marked)));
    expect(loaded.scenes[0]!.no_visual).toBe(true);
    expect(loaded.scenes[1]!.visual?.pinned).toBe(true);
    expect(() => validateStoryboard({ ...marked, visual_preference: 'lots' })).toThrow(/visual_preference/);
    expect(describeChanges(current, marked)).toEqual(['Stock footage on every scene where a provider has some', 'Removed the picture from scene 1', 'Scene 2 now shows the illustration “honeybee”']);
  });
});
