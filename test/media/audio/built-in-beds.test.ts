import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BED_LOOP_SEC, BUILT_IN_BEDS, bedArgs, bedTonesWav, buildMixFilter, isBuiltInBed, measureLoudnessFilter, normaliseFilter, parseIntegratedLoudness, probeMedia, resolveFfmpegPath } from '../../../src/media/index.js';
import { runProcess } from '../../../src/process/index.js';

const ffmpegPath = resolveFfmpegPath();
const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('built-in music beds', () => {
  it.each(BUILT_IN_BEDS)('generates the %s bed as a 16 s 48 kHz stereo loop that is audible', async (name) => {
    const dir = await mkdtemp(join(tmpdir(), 'ova-bed-'));
    dirs.push(dir);
    const out = join(dir, `${name}.wav`);
    const tones = join(dir, `${name}-tones.wav`);
    await writeFile(tones, bedTonesWav(name));
    await runProcess(ffmpegPath, bedArgs(tones, out), { captureStdout: false });
    const probe = await probeMedia(out, { ffmpegPath });
    expect(Math.abs(probe.duration - BED_LOOP_SEC)).toBeLessThan(0.05);
    expect(probe.audio).toMatchObject({ sampleRate: 48000, channels: 2 });
    const { stderr } = await runProcess(ffmpegPath, ['-hide_banner', '-nostdin', '-i', out, '-af', 'volumedetect', '-f', 'null', '-'], { captureStdout: false });
    const mean = Number(/mean_volume: (-?[\d.]+) dB/.exec(stderr)![1]);
    const max = Number(/max_volume: (-?[\d.]+) dB/.exec(stderr)![1]);
    expect(mean).toBeGreaterThan(-35);
    expect(max).toBeLessThanOrEqual(0);
  }, 30_000);

  it.each(BUILT_IN_BEDS)('synthesises the %s tones as a seamless 16 s loop: the last sample leads into the first', (name) => {
    const wav = bedTonesWav(name);
    const samples = new Int16Array(wav.buffer, wav.byteOffset + 44, (wav.length - 44) / 2);
    expect(samples.length).toBe(BED_LOOP_SEC * 48000);
    let largestStep = 0;
    for (let i = 1; i < samples.length; i += 1) largestStep = Math.max(largestStep, Math.abs(samples[i]! - samples[i - 1]!));
    // Wrapping around is no bigger a step than any step inside the loop: no click where it repeats.
    expect(Math.abs(samples[0]! - samples[samples.length - 1]!)).toBeLessThanOrEqual(largestStep);
    expect(Math.max(...samples.subarray(0, 48000))).toBeGreaterThan(1000);
  });

  it('tells bed names from asset ids', () => {
    expect(isBuiltInBed('calm')).toBe(true);
    expect(isBuiltInBed('asset_123')).toBe(false);
  });

  it('ducks backgrounds under the narration with a sidechain, then measures the mix and applies the gain to -16 LUFS', () => {
    const mix = buildMixFilter({ narrationInput: 0, backgrounds: [{ input: 1, start: 0, duration: 10, volume: 0.3 }, { input: 2, start: 4.5, duration: 2, volume: 0.5 }], totalSec: 10 });
    expect(mix).toContain('adelay=4500|4500');
    expect(mix).toContain('sidechaincompress');
    expect(mix).toMatch(/\[mix\]$/);
    expect(measureLoudnessFilter(mix)).toMatch(/\[mix\]ebur128=framelog=verbose\[aout\]$/);
    expect(normaliseFilter(mix, -20.5, 10)).toContain('[mix]volume=4.50dB,alimiter');
    expect(normaliseFilter(mix, null, 10)).toContain('[mix]volume=0.00dB,');
    const summary = '[Parsed_ebur128_18 @ 0x1] Summary:\n\n  Integrated loudness:\n    I:         -20.5 LUFS\n    Threshold: -30.8 LUFS\n';
    expect(parseIntegratedLoudness(summary)).toBe(-20.5);
    expect(parseIntegratedLoudness(summary.replace('-20.5', '-70.0'))).toBeNull();
    expect(parseIntegratedLoudness('no summary')).toBeNull();
  });
});
