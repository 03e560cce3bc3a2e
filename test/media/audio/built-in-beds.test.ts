import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BED_LOOP_SEC, BUILT_IN_BEDS, bedArgs, buildMixFilter, isBuiltInBed, probeMedia, resolveFfmpegPath } from '../../../src/media/index.js';
import { runProcess } from '../../../src/process/index.js';

const ffmpegPath = resolveFfmpegPath();
const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('built-in music beds', () => {
  it.each(BUILT_IN_BEDS)('generates the %s bed as a 16 s 48 kHz stereo loop that is audible', async (name) => {
    const dir = await mkdtemp(join(tmpdir(), 'ova-bed-'));
    dirs.push(dir);
    const out = join(dir, `${name}.wav`);
    await runProcess(ffmpegPath, bedArgs(name, out), { captureStdout: false });
    const probe = await probeMedia(out, { ffmpegPath });
    expect(Math.abs(probe.duration - BED_LOOP_SEC)).toBeLessThan(0.05);
    expect(probe.audio).toMatchObject({ sampleRate: 48000, channels: 2 });
    const { stderr } = await runProcess(ffmpegPath, ['-hide_banner', '-nostdin', '-i', out, '-af', 'volumedetect', '-f', 'null', '-'], { captureStdout: false });
    const mean = Number(/mean_volume: (-?[\d.]+) dB/.exec(stderr)![1]);
    const max = Number(/max_volume: (-?[\d.]+) dB/.exec(stderr)![1]);
    expect(mean).toBeGreaterThan(-35);
    expect(max).toBeLessThanOrEqual(0);
  }, 30_000);

  it('tells bed names from asset ids', () => {
    expect(isBuiltInBed('calm')).toBe(true);
    expect(isBuiltInBed('asset_123')).toBe(false);
  });

  it('ducks backgrounds under the narration with a sidechain and normalises the mix', () => {
    const graph = buildMixFilter({ narrationInput: 0, hasNarration: true, backgrounds: [{ input: 1, start: 0, duration: 10, volume: 0.3 }, { input: 2, start: 4.5, duration: 2, volume: 0.5 }], totalSec: 10 });
    expect(graph).toContain('adelay=4500|4500');
    expect(graph).toContain('sidechaincompress');
    expect(graph).toContain('loudnorm=I=-16');
    expect(graph).toMatch(/\[aout\]$/);
  });
});
