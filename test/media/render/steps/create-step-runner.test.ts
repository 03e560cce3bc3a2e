import { describe, expect, it } from 'vitest';
import { CancelledError } from '../../../../src/errors/index.js';
import { createStepRunner, EspeakTtsEngine, type RenderProgress, type RenderStep, type RenderStepEvent } from '../../../../src/media/index.js';
import { stepContext, stepStoryboard } from './step-context.js';

/** A step that reports halfway and doubles its input. */
function doubling(id: string, weight: number, stage: RenderStep<number, number>['stage']): RenderStep<number, number> {
  return {
    id, stage, weight,
    async run(input, _ctx, progress) {
      progress(0.5);
      await new Promise((r) => setTimeout(r, 1));
      progress(1);
      return input * 2;
    },
  };
}

describe('createStepRunner', () => {
  it('lays each step on its span of the bar by weight, in list order, and tells onStep when it starts and ends', async () => {
    const tts = new EspeakTtsEngine(); // not called
    const { ctx, done } = await stepContext(stepStoryboard([{}]), tts);
    try {
      const a = doubling('a', 0.25, 'narration');
      const b = doubling('b', 0, 'frames');
      const c = doubling('c', 0.75, 'encode');
      const progress: RenderProgress[] = [];
      const events: RenderStepEvent[] = [];
      const run = createStepRunner([a, b, c], ctx, { onProgress: (p) => progress.push(p), onStep: (e) => events.push(e) });
      expect(await run(c, await run(b, await run(a, 1)))).toBe(8);
      expect(progress).toEqual([
        { stage: 'narration', fraction: 0 }, { stage: 'narration', fraction: 0.125 }, { stage: 'narration', fraction: 0.25 },
        { stage: 'encode', fraction: 0.625 }, { stage: 'encode', fraction: 1 },
      ]);
      expect(events.map((e) => `${e.phase}:${e.step}`)).toEqual(['start:a', 'end:a', 'start:b', 'end:b', 'start:c', 'end:c']);
      expect(events.filter((e) => e.phase === 'end').every((e) => typeof e.ms === 'number')).toBe(true);
      // A step outside the list has no place on the bar.
      await expect(run(doubling('stray', 0, 'encode'), 1)).rejects.toBeInstanceOf(RangeError);
    } finally {
      await done();
      await tts.close();
    }
  });

  it('starts no step once the signal has fired', async () => {
    const tts = new EspeakTtsEngine();
    const controller = new AbortController();
    const { ctx, done } = await stepContext(stepStoryboard([{}]), tts, { signal: controller.signal });
    try {
      const a = doubling('a', 1, 'encode');
      const events: RenderStepEvent[] = [];
      const run = createStepRunner([a], ctx, { onStep: (e) => events.push(e) });
      controller.abort();
      await expect(run(a, 1)).rejects.toBeInstanceOf(CancelledError);
      expect(events).toEqual([]);
    } finally {
      await done();
      await tts.close();
    }
  });
});
