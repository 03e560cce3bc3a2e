import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProcess } from '../../src/process/index.js';
import { EspeakTtsEngine, renderSceneSegments, renderVideo, resolveFfmpegPath, type TtsEngine } from '../../src/media/index.js';
import { SharedRenderCache, sharedStepBlobKey } from '../../src/render-farm/index.js';
import type { Storyboard } from '../../src/storyboard/index.js';
import { LocalBlobStore } from '../../src/store/index.js';
import { sixScenes } from './six-scenes.js';

const ffmpegPath = resolveFfmpegPath();
let tts: TtsEngine;
const dirs: string[] = [];

beforeAll(() => {
  tts = new EspeakTtsEngine();
});
afterAll(async () => {
  await tts.close();
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function tempDir(name: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `ova-farm-${name}-`));
  dirs.push(dir);
  return dir;
}

const noAssets = async (id: string): Promise<never> => {
  throw new Error(`no asset ${id}`);
};

/** Every decoded frame's timestamp and picture hash. */
async function frames(path: string): Promise<string[]> {
  const { stdout } = await runProcess(ffmpegPath, ['-hide_banner', '-i', path, '-map', '0:v', '-vsync', 'passthrough', '-f', 'framemd5', '-']);
  return stdout.toString().split('\n').filter((line) => /^\d+,/.test(line)).map((line) => line.split(',').map((f) => f.trim()).filter((_, i) => i !== 3).join(','));
}

describe('renderSceneSegments', () => {
  it('builds exactly the given scenes\' segments; another machine\'s render takes them from the blob store and the video is the unsplit one, frame for frame', async () => {
    const storyboard: Storyboard = sixScenes();
    const blobs = new LocalBlobStore(await tempDir('blobs'));
    const shared = (dir: string | null, scratch: string) => new SharedRenderCache(dir, scratch, blobs);
    const base = { tts, ffmpegPath, resolveAsset: noAssets, resolution: 720 as const };

    // "Machine A" builds scenes 3–5 into its own cache and the shared tier.
    const cacheA = await tempDir('cache-a');
    const part = await renderSceneSegments(storyboard, { ...base, workDir: await tempDir('work'), cacheDir: cacheA, scenes: [3, 4, 5], createCache: shared });
    expect(new Set(part.segments.map((s) => s.scene))).toEqual(new Set([3, 4, 5]));
    // Scene 3 comes in with a fade (its own transition part), 4 with a cut, 5 with a slide.
    expect(part.segments.map((s) => [s.scene, s.transition])).toEqual([[3, true], [3, false], [4, false], [5, true], [5, false]]);
    const partSteps = part.segments.map((s) => s.stepId);
    expect(part.cache.misses.filter((id) => id.startsWith('segment:'))).toEqual(partSteps);
    for (const step of partSteps) {
      expect(await blobs.stat(sharedStepBlobKey(step, 'clean.mp4'))).not.toBeNull();
      expect(await blobs.stat(sharedStepBlobKey(step, 'captioned.mp4'))).not.toBeNull();
    }

    // Its narration went to the blob store too: eSpeak's word timings vary by a millisecond between runs, and
    // captioned segments are keyed by them.
    const narration = part.cache.misses.filter((id) => id.startsWith('tts:'));
    expect(narration).toHaveLength(6);
    for (const step of narration) expect(await blobs.stat(sharedStepBlobKey(step, 'speech.pcm'))).not.toBeNull();

    // "Machine B" (its own empty cache) renders the whole video: A's narration and segments come from the blob store.
    const cacheB = await tempDir('cache-b');
    let tierB: SharedRenderCache | null = null;
    const whole = await renderVideo(storyboard, {
      ...base, workDir: await tempDir('work'), cacheDir: cacheB,
      createCache: (dir, scratch) => (tierB = new SharedRenderCache(dir, scratch, blobs)),
    });
    expect((tierB as SharedRenderCache | null)?.sharedHits).toEqual([...narration, ...partSteps]);
    const builtB = whole.cache.misses.filter((id) => id.startsWith('segment:'));
    expect(builtB.length).toBeGreaterThan(0);
    expect(builtB.some((id) => partSteps.includes(id))).toBe(false);
    expect(whole.cache.hits.filter((id) => id.startsWith('segment:'))).toEqual(partSteps);

    // A's own render reuses its segments from its local cache (no tier).
    const again = await renderVideo(storyboard, { ...base, workDir: await tempDir('work'), cacheDir: cacheA });
    expect(again.cache.hits.filter((id) => id.startsWith('segment:'))).toEqual(partSteps);
    expect(again.cache.misses.filter((id) => id.startsWith('segment:'))).toEqual(builtB);

    // The same video as a render in one piece that builds every segment itself (given only the same narration,
    // so a millisecond of eSpeak jitter cannot move a caption by a frame).
    const narrationOnly = new LocalBlobStore(await tempDir('narration'));
    for (const step of narration) {
      for (const name of ['speech.pcm', 'speech.json']) await narrationOnly.put(sharedStepBlobKey(step, name), await blobs.get(sharedStepBlobKey(step, name)));
    }
    const plain = await renderVideo(storyboard, {
      ...base, workDir: await tempDir('work'), cacheDir: await tempDir('cache-c'),
      createCache: (dir, scratch) => new SharedRenderCache(dir, scratch, narrationOnly),
    });
    expect(plain.cache.hits).toEqual(narration);
    expect(whole.duration).toBeCloseTo(plain.duration, 3);
    expect(again.duration).toBeCloseTo(plain.duration, 3);
    const sceneSum = plain.scenes.reduce((sum, scene) => sum + scene.duration, 0);
    expect(plain.duration).toBeCloseTo(sceneSum, 1);
    for (const pick of [(o: typeof plain) => o.videoPath, (o: typeof plain) => o.captionedVideoPath]) {
      const reference = await frames(pick(plain));
      expect(reference.length).toBeGreaterThan(10);
      expect(await frames(pick(whole))).toEqual(reference);
      expect(await frames(pick(again))).toEqual(reference);
    }
  }, 300_000);

  it('rejects a scene index the storyboard does not have', async () => {
    await expect(
      renderSceneSegments(sixScenes(), { tts, ffmpegPath, resolveAsset: noAssets, workDir: await tempDir('work'), scenes: [6] }),
    ).rejects.toThrow(RangeError);
  });
});
