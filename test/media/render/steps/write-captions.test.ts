import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EspeakTtsEngine, planSceneTimeline, synthesizeNarration, writeCaptions, type TtsEngine } from '../../../../src/media/index.js';
import type { Storyboard } from '../../../../src/storyboard/index.js';
import { stepContext, stepStoryboard } from './step-context.js';

let tts: TtsEngine;
/** Shared, as between revisions: eSpeak's timings vary by a millisecond from one synthesis to the next. */
let cacheDir: string;
beforeAll(async () => {
  tts = new EspeakTtsEngine();
  cacheDir = await mkdtemp(join(tmpdir(), 'ova-captions-cache-'));
});
afterAll(async () => {
  await tts.close();
  await rm(cacheDir, { recursive: true, force: true });
});

async function captionsOf(storyboard: Storyboard) {
  const { ctx, done } = await stepContext(storyboard, tts, { cacheDir });
  try {
    const { syntheses } = await synthesizeNarration.run({}, ctx, () => undefined);
    const { timeline } = await planSceneTimeline.run({ syntheses }, ctx, () => undefined);
    const out = await writeCaptions.run({ syntheses, timeline }, ctx, () => undefined);
    const fonts = await readdir(join(ctx.workDir, 'fonts')).catch(() => []);
    return { ...out, timeline, srt: await readFile(out.subtitlePath, 'utf8'), vtt: await readFile(out.vttPath, 'utf8'), fonts };
  } finally {
    await done();
  }
}

describe('writeCaptions step', () => {
  it('writes SRT and WebVTT on the video clock, keeps cues per scene on the scene clock, and copies the fonts for libass', async () => {
    const quiet = { narration: '' };
    const spoken = { narration: 'The same words, wherever this scene goes.' };
    const early = await captionsOf(stepStoryboard([spoken, quiet]));
    const late = await captionsOf(stepStoryboard([quiet, quiet, spoken]));
    // A moved scene gets the same cues (so its segments' cache keys do not change)…
    expect(late.sceneCues[2]).toEqual(early.sceneCues[0]);
    expect(late.sceneCues[0]).toEqual([]);
    // …while the files put them where the scene now starts.
    const firstStart = (srt: string) => /^1\n(\d\d):(\d\d):(\d\d),(\d{3})/.exec(srt)!.slice(1).map(Number);
    const seconds = ([h, m, s, ms]: number[]) => h! * 3600 + m! * 60 + s! + ms! / 1000;
    expect(seconds(firstStart(late.srt)) - seconds(firstStart(early.srt))).toBeCloseTo(late.timeline[2]!.start, 2);
    expect(early.vtt.startsWith('WEBVTT')).toBe(true);
    expect(early.captionsOn).toBe(true);
    expect(early.fonts.length).toBeGreaterThan(0);
  }, 60_000);

  it('leaves the fonts out with captions off, and groups fewer words per cue in portrait', async () => {
    const narration = 'One two three four five six seven eight nine ten eleven twelve.';
    const off = await captionsOf(stepStoryboard([{ narration }], { captions: { enabled: false, style: 'default' } }));
    expect(off.captionsOn).toBe(false);
    expect(off.fonts).toEqual([]);
    expect(off.srt).toContain('One');
    const portrait = await captionsOf(stepStoryboard([{ narration }], { orientation: 'portrait' }));
    expect(Math.max(...portrait.sceneCues[0]!.map((cue) => cue.words.length))).toBeLessThanOrEqual(3);
    expect(Math.max(...off.sceneCues[0]!.map((cue) => cue.words.length))).toBeGreaterThan(3);
  }, 60_000);
});
