import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildNarrationTrack, encodeWav, probeMedia, resolveFfmpegPath } from '../../../src/media/index.js';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('buildNarrationTrack', () => {
  it('places each clip at its start with silence around it', () => {
    const clip = new Int16Array([100, 200, 300]);
    const track = buildNarrationTrack([{ samples: clip, sampleRate: 10, start: 0.5 }], 1, 10);
    expect([...track]).toEqual([0, 0, 0, 0, 0, 100, 200, 300, 0, 0]);
  });

  it('resamples a clip at another rate and cuts what runs past the end', () => {
    const clip = new Int16Array([0, 1000, 2000, 3000]);
    const track = buildNarrationTrack([{ samples: clip, sampleRate: 4, start: 0.5 }], 1, 8);
    expect(track.length).toBe(8);
    expect([...track.slice(0, 4)]).toEqual([0, 0, 0, 0]);
    expect([...track.slice(4)]).toEqual([0, 500, 1000, 1500]);
  });
});

describe('encodeWav', () => {
  it('writes a WAV that ffmpeg reads as mono 16-bit PCM of the right length', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ova-wav-'));
    dirs.push(dir);
    const path = join(dir, 'a.wav');
    await writeFile(path, encodeWav(new Int16Array(22050 * 2), 22050));
    const probe = await probeMedia(path, { ffmpegPath: resolveFfmpegPath() });
    expect(probe.audio).toEqual({ codec: 'pcm_s16le', sampleRate: 22050, channels: 1 });
    expect(probe.duration).toBeCloseTo(2, 2);
  });
});
