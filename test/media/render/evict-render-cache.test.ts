import { mkdtemp, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EspeakTtsEngine,
  evictRenderCache,
  probeMedia,
  RenderCache,
  renderVideo,
  resolveFfmpegPath,
  withPinnedRenderCache,
  type RenderVideoOptions,
  type TtsEngine,
} from '../../../src/media/index.js';
import type { Storyboard } from '../../../src/storyboard/index.js';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));
async function temp(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'ova-evict-'));
  dirs.push(d);
  return d;
}

const KB = 1024;
const MINUTE = 60_000;

/** A cache entry of `kb` KiB per file, last used `minutesAgo` minutes ago. */
async function entry(cache: RenderCache, id: string, names: string[], kb: number, minutesAgo: number): Promise<string[]> {
  const paths = await cache.step(id, names, async (temps) => {
    for (const path of temps) await writeFile(path, Buffer.alloc(kb * KB));
  });
  const when = new Date(Date.now() - minutesAgo * MINUTE);
  for (const path of paths) await utimes(path, when, when);
  return paths;
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir)) total += (await stat(join(dir, name))).size;
  return total;
}

describe('evictRenderCache', () => {
  it('brings the folder under the cap by removing the least recently used entries first, a hit counting as a use', async () => {
    const dir = await temp();
    const cache = new RenderCache(dir, await temp());
    await entry(cache, 'segment:a', ['clean.mp4', 'captioned.mp4'], 10, 50); // 20 KiB, oldest
    await entry(cache, 'segment:b', ['clean.mp4'], 10, 40);
    await entry(cache, 'tts:c', ['speech.pcm', 'speech.json'], 5, 30);
    await entry(cache, 'audio:d', ['soundtrack.m4a'], 10, 20);
    await entry(cache, 'bed:calm-v1', ['bed.wav'], 10, 10);
    // A hit on the oldest makes it the most recently used.
    let rebuilt = false;
    await cache.step('segment:a', ['clean.mp4', 'captioned.mp4'], async () => void (rebuilt = true));
    expect(rebuilt).toBe(false);

    const result = await evictRenderCache({ dir, maxBytes: 45 * KB });
    expect(result).toMatchObject({ entries: 5, bytes: 60 * KB, removedEntries: 2, removedBytes: 20 * KB });
    expect(await folderBytes(dir)).toBeLessThanOrEqual(45 * KB);
    // b and c (the two least recently used) went, each with all its files; a, d and the bed stayed.
    expect((await readdir(dir)).sort()).toEqual(['audio-d-soundtrack.m4a', 'bed-calm-v1-bed.wav', 'segment-a-captioned.mp4', 'segment-a-clean.mp4']);
  });

  it('removes nothing under the cap or with a cap of 0, and treats a missing folder as empty', async () => {
    const dir = await temp();
    const cache = new RenderCache(dir, await temp());
    await entry(cache, 'segment:a', ['clean.mp4'], 10, 5);
    await entry(cache, 'segment:b', ['clean.mp4'], 10, 4);
    expect((await evictRenderCache({ dir, maxBytes: 20 * KB })).removedEntries).toBe(0);
    expect((await evictRenderCache({ dir, maxBytes: 0 })).removedEntries).toBe(0);
    expect(await readdir(dir)).toHaveLength(2);
    expect(await evictRenderCache({ dir: join(dir, 'missing'), maxBytes: 1 })).toMatchObject({ entries: 0, removedEntries: 0 });
  });

  it('keeps entries used within minAgeMs even above the cap (renders of other processes may still read them)', async () => {
    const dir = await temp();
    const cache = new RenderCache(dir, await temp());
    await entry(cache, 'segment:old', ['clean.mp4'], 10, 60);
    await entry(cache, 'segment:recent', ['clean.mp4'], 10, 2);
    const result = await evictRenderCache({ dir, maxBytes: 1, minAgeMs: 10 * MINUTE });
    expect(result.removedEntries).toBe(1);
    expect(await readdir(dir)).toEqual(['segment-recent-clean.mp4']);
  });

  it('leaves an in-flight build’s temporary files alone and removes a crashed build’s stale ones', async () => {
    const dir = await temp();
    const fresh = join(dir, 'segment-x-clean.tmp-123-abcdef.mp4');
    const stale = join(dir, 'segment-y-clean.tmp-456-ghijkl.mp4');
    await writeFile(fresh, Buffer.alloc(KB));
    await writeFile(stale, Buffer.alloc(KB));
    const dayAgo = new Date(Date.now() - 24 * 60 * MINUTE);
    await utimes(stale, dayAgo, dayAgo);
    const result = await evictRenderCache({ dir, maxBytes: 1 });
    expect(result.removedTempFiles).toBe(1);
    expect(await readdir(dir)).toEqual(['segment-x-clean.tmp-123-abcdef.mp4']);
  });

  it('never removes an entry a running render of this process has used, and removes it once that render ends', async () => {
    const dir = await temp();
    const cache = new RenderCache(dir, await temp());
    await entry(cache, 'segment:held', ['clean.mp4'], 10, 60);
    await entry(cache, 'segment:loose', ['clean.mp4'], 10, 50);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let pinnedReady!: () => void;
    const ready = new Promise<void>((resolve) => (pinnedReady = resolve));
    const render = withPinnedRenderCache(async () => {
      const [path] = await new RenderCache(dir, await temp()).step('segment:held', ['clean.mp4'], async () => {
        throw new Error('should be a hit');
      });
      pinnedReady();
      await released;
      return stat(path!);
    });
    await ready;
    const during = await evictRenderCache({ dir, maxBytes: 1 });
    expect(during.removedEntries).toBe(1);
    expect(await readdir(dir)).toEqual(['segment-held-clean.mp4']);
    release();
    expect((await render).size).toBe(10 * KB);
    expect((await evictRenderCache({ dir, maxBytes: 1 })).removedEntries).toBe(1);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('evictRenderCache with real renders', () => {
  const ffmpegPath = resolveFfmpegPath();
  let tts: TtsEngine;
  beforeAll(() => {
    tts = new EspeakTtsEngine();
  });
  afterAll(async () => tts.close());

  const storyboard: Storyboard = {
    schema: 2, version: 1, title: 'Eviction', language: 'en', orientation: 'landscape', duration_target_sec: null,
    voice_id: 'espeak-en-us-female', avatar_id: null, style_id: 'midnight', pace: 1.3, music: { track: 'calm', volume: 0.3 },
    captions: { enabled: true, style: 'default' },
    scenes: [
      { id: 'one', layout: 'title', narration: 'Tea leaves.', headline: 'Tea', presenter: 'none', transition: 'fade', duration_sec: 2 },
      { id: 'two', layout: 'stat', narration: 'Two cups.', stat: '2', headline: 'Cups', presenter: 'none', transition: 'cut', duration_sec: 2 },
    ],
  };
  const noAssets: RenderVideoOptions['resolveAsset'] = async (id) => {
    throw new Error(`no asset ${id}`);
  };

  it('a render whose hits are evicted around it still completes, and a render after eviction rebuilds a correct video', async () => {
    const cacheDir = await temp();
    const render = async (onProgress?: RenderVideoOptions['onProgress']) =>
      renderVideo(storyboard, { tts, workDir: await temp(), ffmpegPath, resolveAsset: noAssets, resolution: 720, cacheDir, onProgress });
    const first = await withPinnedRenderCache(() => render());
    expect(first.cache.hits).toEqual([]);
    const entries = (await evictRenderCache({ dir: cacheDir, maxBytes: 0 })).entries;
    expect(entries).toBeGreaterThanOrEqual(first.cache.misses.length);

    // All hits this time. Once every segment is in hand (encode at 90 %), eviction to a 1-byte cap runs again
    // and again while the render concatenates them: the files it holds must stay put.
    let rendering = true;
    let evictor: Promise<number> | null = null;
    const evictAgainAndAgain = async () => {
      let removed = 0;
      while (rendering) {
        removed += (await evictRenderCache({ dir: cacheDir, maxBytes: 1 })).removedEntries;
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      return removed;
    };
    let removedDuring: number | null = null;
    const second = await withPinnedRenderCache(async () => {
      try {
        return await render((progress) => {
          if (progress.stage === 'encode' && progress.fraction >= 0.89 && !evictor) evictor = evictAgainAndAgain();
        });
      } finally {
        // Still pinned here: the evictions in flight end before the render lets go.
        rendering = false;
        removedDuring = await evictor;
      }
    });
    expect(removedDuring, 'evictions during the render removed nothing').toBe(0);
    expect(second.cache.misses).toEqual([]);
    const probe = await probeMedia(second.videoPath, { ffmpegPath });
    expect(probe.duration).toBeCloseTo(first.duration, 1);

    // Released: the next eviction empties the folder, and a render after it builds everything again.
    const after = await evictRenderCache({ dir: cacheDir, maxBytes: 1 });
    expect(after.removedEntries).toBe(entries);
    expect(await readdir(cacheDir)).toEqual([]);
    const third = await render();
    expect(third.cache.hits).toEqual([]);
    const kinds = (ids: string[]) => ids.map((id) => id.split(':')[0]).sort();
    expect(kinds(third.cache.misses)).toEqual(kinds(first.cache.misses));
    const rebuilt = await probeMedia(third.videoPath, { ffmpegPath });
    expect(rebuilt.duration).toBeCloseTo(first.duration, 1);
    expect(rebuilt.video?.width).toBe(1280);
    expect(rebuilt.audio?.codec).toBe('aac');
  });
});
