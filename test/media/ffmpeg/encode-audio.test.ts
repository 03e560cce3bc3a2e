import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeAudio, encodeWav, probeMedia, resolveFfmpegPath } from '../../../src/media/index.js';

describe('encodeAudio', () => {
  it('re-encodes a WAV as a mono MP3 of the same length (to within one MP3 frame), and passes WAV through', async () => {
    const rate = 22_050;
    const samples = new Int16Array(rate * 2);
    for (let index = 0; index < samples.length; index++) samples[index] = Math.round(8000 * Math.sin((2 * Math.PI * 440 * index) / rate));
    const wav = encodeWav(samples, rate);
    const ffmpegPath = resolveFfmpegPath();
    expect(await encodeAudio(wav, 'wav', { ffmpegPath })).toBe(wav);
    const mp3 = await encodeAudio(wav, 'mp3', { ffmpegPath });
    expect(mp3.length).toBeLessThan(wav.length / 4);
    const dir = await mkdtemp(join(tmpdir(), 'ova-encode-'));
    try {
      await writeFile(join(dir, 'a.mp3'), mp3);
      const probe = await probeMedia(join(dir, 'a.mp3'), { ffmpegPath });
      expect(probe.audio).toBeTruthy();
      expect(Math.abs(probe.duration! - 2)).toBeLessThan(1152 / rate + 0.01);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('stops when its signal is aborted', async () => {
    const wav = encodeWav(new Int16Array(22_050), 22_050);
    await expect(encodeAudio(wav, 'mp3', { ffmpegPath: resolveFfmpegPath(), signal: AbortSignal.abort() })).rejects.toThrow();
  });
});
