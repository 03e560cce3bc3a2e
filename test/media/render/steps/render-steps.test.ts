import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EspeakTtsEngine, RENDER_STEPS, renderSceneSegments, renderVideo, resolveFfmpegPath, type RenderProgress, type RenderStepEvent, type TtsEngine } from '../../../../src/media/index.js';
import { noAssets, stepStoryboard } from './step-context.js';

let tts: TtsEngine;
let root: string;
beforeAll(async () => {
  tts = new EspeakTtsEngine();
  root = await mkdtemp(join(tmpdir(), 'ova-render-steps-'));
});
afterAll(async () => {
  await tts.close();
  await rm(root, { recursive: true, force: true });
});

describe('RENDER_STEPS', () => {
  it('has unique ids and weights that sum to 1', () => {
    const ids = RENDER_STEPS.map((step) => step.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(RENDER_STEPS.every((step) => step.weight >= 0)).toBe(true);
    expect(RENDER_STEPS.reduce((sum, step) => sum + step.weight, 0)).toBeCloseTo(1, 9);
  });

  it('is the order renderVideo starts its steps in, each ending once, and renderSceneSegments runs the steps up to the segments', async () => {
    const storyboard = stepStoryboard([{ narration: 'One short scene.', headline: 'Steps' }], { captions: { enabled: false, style: 'default' } });
    const events: RenderStepEvent[] = [];
    const progress: RenderProgress[] = [];
    const base = { tts, ffmpegPath: resolveFfmpegPath(), resolveAsset: noAssets, resolution: 720 as const, cacheDir: join(root, 'cache') };
    await renderVideo(storyboard, { ...base, workDir: await mkdtemp(join(root, 'w-')), onStep: (e) => events.push(e), onProgress: (p) => progress.push(p) });
    const ids = RENDER_STEPS.map((step) => step.id);
    expect(events.filter((e) => e.phase === 'start').map((e) => e.step)).toEqual(ids);
    expect(events.filter((e) => e.phase === 'end').map((e) => e.step).sort()).toEqual([...ids].sort());
    const fractions = progress.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);

    const partial: string[] = [];
    await renderSceneSegments(storyboard, { ...base, workDir: await mkdtemp(join(root, 'w-')), scenes: [0], onStep: (e) => e.phase === 'start' && partial.push(e.step) });
    expect(partial).toEqual(ids.slice(0, ids.indexOf('build-segments') + 1).filter((id) => id !== 'mix-soundtrack'));
  }, 120_000);
});
