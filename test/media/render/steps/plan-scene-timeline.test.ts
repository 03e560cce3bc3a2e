import { describe, expect, it } from 'vitest';
import { EspeakTtsEngine, FPS, MIN_SCENE_SEC, planSceneTimeline, type Synthesis } from '../../../../src/media/index.js';
import { SCENE_LEAD_SEC, SCENE_TAIL_SEC } from '../../../../src/storyboard/index.js';
import { stepContext, stepStoryboard } from './step-context.js';

/** A synthesis of `duration` seconds of silence (only its length matters to the timeline). */
function silence(duration: number): Synthesis {
  return { samples: new Int16Array(Math.round(duration * 22050)), sampleRate: 22050, duration, words: [], phonemes: [] };
}

describe('planSceneTimeline step', () => {
  it('times each scene by its measured narration and totals the video on whole frames', async () => {
    const storyboard = stepStoryboard([{ transition: 'cut' }, { transition: 'fade' }, { transition: 'cut' }]);
    const tts = new EspeakTtsEngine(); // not called: the timeline reads the syntheses it is given
    const { ctx, done } = await stepContext(storyboard, tts);
    try {
      const out = await planSceneTimeline.run({ syntheses: [silence(3.1), null, silence(1.02)] }, ctx, () => undefined);
      expect(out.timeline).toHaveLength(3);
      expect(out.timeline[0]!.frames).toBe(Math.ceil((SCENE_LEAD_SEC + 3.1 + SCENE_TAIL_SEC) * FPS - 1e-6));
      expect(out.timeline[1]!.duration).toBe(MIN_SCENE_SEC);
      expect(out.timeline[1]!.transition).toBe('fade');
      expect(out.totalFrames).toBe(out.timeline.reduce((n, t) => n + t.frames, 0));
      expect(out.totalSec).toBe(out.totalFrames / FPS);
      expect(out.timeline[2]!.startFrame).toBe(out.timeline[0]!.frames + out.timeline[1]!.frames);
    } finally {
      await done();
      await tts.close();
    }
  });
});
