import { describe, expect, it } from 'vitest';
import { planSegmentParts, planTimeline } from '../../../../src/media/index.js';

describe('planSegmentParts', () => {
  it('gives each scene a hold, and a transition part before it when it fades or slides in (never the first scene)', () => {
    const timeline = planTimeline([
      { narrationSec: 2, transition: 'fade' },
      { narrationSec: 2, transition: 'slide' },
      { narrationSec: 2, transition: 'cut' },
    ]);
    const parts = planSegmentParts(timeline);
    expect(parts.map((p) => [p.scene, p.transition])).toEqual([[0, false], [1, true], [1, false], [2, false]]);
    // The transition and the hold cover the scene's frames exactly, in order.
    expect(parts[1]).toMatchObject({ offset: 0, frames: timeline[1]!.transitionFrames });
    expect(parts[2]).toMatchObject({ offset: timeline[1]!.transitionFrames, frames: timeline[1]!.frames - timeline[1]!.transitionFrames });
    // The first scene's fade is its fade from black, part of its hold.
    expect(parts[0]).toMatchObject({ offset: 0, frames: timeline[0]!.frames });
    const framesPerScene = timeline.map((_, i) => parts.filter((p) => p.scene === i).reduce((n, p) => n + p.frames, 0));
    expect(framesPerScene).toEqual(timeline.map((t) => t.frames));
  });
});
