import { describe, expect, it } from 'vitest';
import { BuiltinPlanner } from '../../../src/agent/index.js';
import { storyboardDuration } from '../../../src/storyboard/index.js';
import { testContext, wordMeasure } from '../test-context.js';

/** Like eSpeak: the French voice says about 30 % more words a minute than the others at the same setting. */
async function fastFrench(text: string, voiceId: string, pace: number): Promise<number> {
  return (await wordMeasure(text, voiceId, pace)) / (voiceId.includes('-fr-') ? 1.3 : 1);
}

describe('a quoted script reaches the length asked by pace alone, whatever the voice’s natural speed', () => {
  it('slows a fast voice down to a natural speaking rate, not a fixed multiplier (French, 10 s)', async () => {
    const result = await new BuiltinPlanner().plan(
      {
        prompt: 'Fais une vidéo de 10 secondes. Texte : « Notre boulangerie ouvre chaque matin à sept heures dès lundi. Venez goûter notre pain frais. »',
        attachments: [], orientation: null, duration_sec: null, voice_id: null, avatar_id: null, style_id: null, skip_agentic_stop: false,
      },
      testContext({ measure: fastFrench }),
    );
    if (result.kind !== 'storyboard') throw new Error(result.message);
    expect(result.storyboard.voice_id).toBe('espeak-fr-fr-female');
    expect(Math.abs(storyboardDuration(result.storyboard) - 10)).toBeLessThanOrEqual(1.5);
    expect(result.storyboard.pace).toBeGreaterThanOrEqual(0.5);
    expect(result.storyboard.pace).toBeLessThan(0.6);
  });
});
