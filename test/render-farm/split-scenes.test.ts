import { describe, expect, it } from 'vitest';
import { sceneWeights, splitScenes } from '../../src/render-farm/index.js';
import { sixScenes } from './six-scenes.js';

describe('splitScenes', () => {
  it('cuts scenes into contiguous groups whose largest total is as small as it can be', () => {
    expect(splitScenes([1, 1, 1, 1, 1, 1], 2)).toEqual([[0, 1, 2], [3, 4, 5]]);
    expect(splitScenes([5, 1, 1, 1, 1, 1], 2)).toEqual([[0], [1, 2, 3, 4, 5]]);
    expect(splitScenes([1, 2, 3, 4, 5, 6], 3)).toEqual([[0, 1, 2], [3, 4], [5]]);
    expect(splitScenes([3, 3, 3], 2).map((g) => g.length).sort()).toEqual([1, 2]);
  });

  it('never makes more groups than scenes, nor empty ones', () => {
    expect(splitScenes([1, 1], 4)).toEqual([[0], [1]]);
    expect(splitScenes([2], 2)).toEqual([[0]]);
    expect(splitScenes([], 2)).toEqual([]);
    expect(splitScenes([1, 1, 1], 1)).toEqual([[0, 1, 2]]);
  });

  it('weighs scenes by how long their narration will take, at least a short scene', () => {
    const storyboard = sixScenes();
    storyboard.scenes[2]!.narration = '';
    storyboard.scenes[4]!.narration = 'A much longer narration that keeps going for a good many words, with a clause or two, and then ends.';
    const weights = sceneWeights(storyboard);
    expect(weights[2]).toBeGreaterThan(0);
    expect(weights[4]).toBeGreaterThan(3 * weights[0]!);
    const [first, second] = splitScenes(weights, 2);
    expect([...first!, ...second!]).toEqual([0, 1, 2, 3, 4, 5]);
    expect(second!.length).toBeLessThan(first!.length);
  });
});
