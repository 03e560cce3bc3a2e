import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildVtt, contentHash, formatVttTime, RenderCache } from '../../../src/media/index.js';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));
async function temp(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'ova-cache-'));
  dirs.push(d);
  return d;
}

describe('RenderCache', () => {
  it('builds a step once and reuses its files on the next call', async () => {
    const cache = new RenderCache(await temp(), await temp());
    let builds = 0;
    const build = async ([a]: string[]) => {
      builds += 1;
      await writeFile(a!, 'payload');
    };
    const [first] = await cache.step('segment:abc', ['clean.mp4'], build);
    const [second] = await cache.step('segment:abc', ['clean.mp4'], build);
    expect(builds).toBe(1);
    expect(first).toBe(second);
    expect(await readFile(first!, 'utf8')).toBe('payload');
    expect(cache.misses).toEqual(['segment:abc']);
    expect(cache.hits).toEqual(['segment:abc']);
  });

  it('leaves nothing behind when a build fails, so a later render does not trust half a step', async () => {
    const dir = await temp();
    const cache = new RenderCache(dir, await temp());
    await expect(
      cache.step('segment:bad', ['clean.mp4', 'captioned.mp4'], async ([a]) => {
        await writeFile(a!, 'half');
        throw new Error('ffmpeg died');
      }),
    ).rejects.toThrow('ffmpeg died');
    expect(await readdir(dir)).toEqual([]);
  });

  it('without a cache folder builds every time in the scratch folder', async () => {
    const scratch = await temp();
    const cache = new RenderCache(null, scratch);
    let builds = 0;
    for (let i = 0; i < 2; i += 1) await cache.step('tts:x', ['a.pcm'], async ([a]) => void (builds += 1, await writeFile(a!, 'x')));
    expect(builds).toBe(2);
    expect(cache.hits).toEqual([]);
  });

  it('hashes length-prefixed parts, so moving a boundary changes the hash', () => {
    expect(contentHash('ab', 'c')).not.toBe(contentHash('a', 'bc'));
    expect(contentHash('ab', 'c')).toBe(contentHash('ab', 'c'));
  });
});

describe('buildVtt', () => {
  it('writes a WebVTT document with per-word timestamps and escaped text', () => {
    const vtt = buildVtt([{ start: 1, end: 2.5, words: [{ text: 'Fish', start: 1, end: 1.4 }, { text: '&', start: 1.5, end: 1.6 }, { text: '<chips>', start: 1.7, end: 2.2 }] }]);
    expect(vtt).toBe('WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.500\nFish <00:00:01.500>&amp; <00:00:01.700>&lt;chips&gt;\n');
    expect(formatVttTime(3725.5)).toBe('01:02:05.500');
  });
});
