import { describe, expect, it } from 'vitest';
import {
  describeChanges,
  estimateNarrationSeconds,
  nextSceneId,
  storyboardDuration,
  validateStoryboard,
  StoryboardValidationError,
  SCENE_PADDING_SEC,
} from '../../src/storyboard/index.js';
import { PermanentError } from '../../src/errors/index.js';
import { baseStoryboard, testVoices } from '../agent/test-context.js';

describe('validateStoryboard', () => {
  it('returns a valid storyboard unchanged', () => {
    const { current } = baseStoryboard();
    expect(validateStoryboard(current)).toBe(current);
  });

  it('names the path of a bad field', () => {
    const { current } = baseStoryboard();
    const bad = structuredClone(current) as unknown as { scenes: { layout: string }[] };
    bad.scenes[2]!.layout = 'carousel';
    expect(() => validateStoryboard(bad)).toThrow(/\/scenes\/2\/layout/);
    try {
      validateStoryboard(bad);
    } catch (error) {
      expect(error).toBeInstanceOf(StoryboardValidationError);
      expect(error).toBeInstanceOf(PermanentError);
      expect((error as StoryboardValidationError).path).toBe('/scenes/2/layout');
    }
  });

  it('rejects a missing field, a non-object and an empty scene list', () => {
    const { current } = baseStoryboard();
    const { title: _, ...untitled } = current;
    expect(() => validateStoryboard(untitled)).toThrow(/title/);
    expect(() => validateStoryboard('storyboard')).toThrow(StoryboardValidationError);
    expect(() => validateStoryboard({ ...current, scenes: [] })).toThrow(/\/scenes/);
    expect(() => validateStoryboard({ ...current, pace: 3 })).toThrow(/\/pace/);
  });

  it('rejects duplicate scene ids', () => {
    const { current } = baseStoryboard();
    const dup = { ...current, scenes: [...current.scenes, { ...current.scenes[1]! }] };
    expect(() => validateStoryboard(dup)).toThrow(/\/scenes\/6\/id: duplicate scene id "s2"/);
  });
});

describe('estimateNarrationSeconds', () => {
  it('grows with the text, shrinks with the pace, and is zero for nothing', () => {
    const short = estimateNarrationSeconds('Hello there.');
    const long = estimateNarrationSeconds('Hello there. This is a much longer sentence with many more words in it.');
    expect(estimateNarrationSeconds('   ')).toBe(0);
    expect(short).toBeGreaterThan(0.5);
    expect(long).toBeGreaterThan(short * 3);
    expect(estimateNarrationSeconds('One two three four five six.', 1.25)).toBeLessThan(estimateNarrationSeconds('One two three four five six.'));
  });

  it('is close to a normal speaking rate (about 150–170 words a minute)', () => {
    const words = Array.from({ length: 160 }, () => 'word').join(' ');
    const seconds = estimateNarrationSeconds(words);
    expect(seconds).toBeGreaterThan(55);
    expect(seconds).toBeLessThan(70);
  });
});

describe('storyboardDuration and nextSceneId', () => {
  it('sums the scene durations', () => {
    const { current } = baseStoryboard();
    expect(storyboardDuration(current)).toBeCloseTo(current.scenes.reduce((n, s) => n + s.duration_sec, 0));
    expect(SCENE_PADDING_SEC).toBeCloseTo(0.7);
  });

  it('gives max + 1, ignoring ids not of the form sN', () => {
    const { current } = baseStoryboard();
    expect(nextSceneId(current)).toBe('s7');
    expect(nextSceneId({ scenes: [{ ...current.scenes[0]!, id: 'intro' }, { ...current.scenes[1]!, id: 's12' }] })).toBe('s13');
    expect(nextSceneId({ scenes: [{ ...current.scenes[0]!, id: 'intro' }] })).toBe('s1');
  });
});

describe('describeChanges', () => {
  it('says nothing for identical versions', () => {
    const { current } = baseStoryboard();
    expect(describeChanges(current, structuredClone(current))).toEqual([]);
  });

  it('describes removals, moves, swaps, additions and edits in plain sentences', () => {
    const { current } = baseStoryboard();
    const s = current.scenes;
    expect(describeChanges(current, { ...current, scenes: s.filter((x) => x.id !== 's3') })).toEqual(['Removed scene 3']);
    expect(describeChanges(current, { ...current, scenes: [s[0]!, s[2]!, s[3]!, s[1]!, s[4]!, s[5]!] })).toEqual(['Moved scene 2 to position 4']);
    expect(describeChanges(current, { ...current, scenes: [s[0]!, s[2]!, s[1]!, s[3]!, s[4]!, s[5]!] })).toEqual(['Swapped scenes 2 and 3']);
    const added = { ...s[1]!, id: 's7', headline: 'Security' };
    expect(describeChanges(current, { ...current, scenes: [...s.slice(0, 5), added, s[5]!] })).toEqual(['Added scene 6 (“Security”)']);
    const edited = [...s];
    edited[1] = { ...s[1]!, narration: 'New words.', layout: 'bullets', bullets: ['a', 'b'] };
    expect(describeChanges(current, { ...current, scenes: edited })).toEqual([
      'Scene 2 is now a bullet-list scene',
      'Rewrote the narration of scene 2',
      'Updated the bullets of scene 2',
    ]);
  });

  it('describes settings: title, voice by gender and accent, orientation, captions, pace, target', () => {
    const { current } = baseStoryboard();
    const after = {
      ...current,
      title: 'Acme Notes, reimagined',
      voice_id: 'espeak-en-gb-male',
      orientation: 'portrait' as const,
      captions: { enabled: false, style: 'default' },
      pace: 1.1,
      duration_target_sec: 30,
    };
    expect(describeChanges(current, after, { voices: testVoices })).toEqual([
      'New title: “Acme Notes, reimagined”',
      'Switched to a British male voice',
      'Switched to portrait (9:16)',
      'Turned captions off',
      'Sped up the narration (pace 1.1)',
      'Target length: 30 s',
    ]);
    expect(describeChanges(current, { ...current, voice_id: 'espeak-en-us-male' }, { voices: testVoices })).toEqual(['Switched to an American male voice']);
  });
});
