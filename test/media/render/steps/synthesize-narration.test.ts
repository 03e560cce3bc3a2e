import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EspeakTtsEngine, synthesizeNarration, type TtsEngine } from '../../../../src/media/index.js';
import { stepContext, stepStoryboard } from './step-context.js';

let tts: TtsEngine;
let cacheDir: string;
beforeAll(async () => {
  tts = new EspeakTtsEngine();
  cacheDir = await mkdtemp(join(tmpdir(), 'ova-narration-cache-'));
});
afterAll(async () => {
  await tts.close();
  await rm(cacheDir, { recursive: true, force: true });
});

describe('synthesizeNarration step', () => {
  it('speaks each scene with narration (null for a silent one), reports per scene, and reuses cached narration', async () => {
    const storyboard = stepStoryboard([{ narration: 'Hello there.' }, { narration: '   ' }, { narration: 'Goodbye now.' }]);
    const first = await stepContext(storyboard, tts, { cacheDir });
    const progress: number[] = [];
    try {
      const { syntheses } = await synthesizeNarration.run({}, first.ctx, (f) => progress.push(f));
      expect(syntheses.map((s) => s === null)).toEqual([false, true, false]);
      expect(syntheses[0]!.duration).toBeGreaterThan(0.3);
      expect(syntheses[0]!.words.map((w) => w.text)).toEqual(['Hello', 'there']);
      expect(progress).toEqual([1 / 3, 2 / 3, 1]);
      expect(first.ctx.cache.misses.filter((id) => id.startsWith('tts:'))).toHaveLength(2);
    } finally {
      await first.done();
    }
    const second = await stepContext(storyboard, tts, { cacheDir });
    try {
      const { syntheses } = await synthesizeNarration.run({}, second.ctx, () => undefined);
      expect(second.ctx.cache.hits.filter((id) => id.startsWith('tts:'))).toHaveLength(2);
      expect(second.ctx.cache.misses).toEqual([]);
      expect(syntheses[2]!.words.map((w) => w.text)).toEqual(['Goodbye', 'now']);
    } finally {
      await second.done();
    }
  }, 60_000);
});
