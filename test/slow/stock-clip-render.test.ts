import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EspeakTtsEngine, probeMedia, renderVideo, resolveFfmpegPath } from '../../src/media/index.js';
import { runProcess } from '../../src/process/index.js';
import { SCENE_LEAD_SEC, type Storyboard } from '../../src/storyboard/index.js';

const ffmpegPath = resolveFfmpegPath();
let root: string;
let clip: string;
const tts = new EspeakTtsEngine();
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ova-stock-clip-'));
  clip = join(root, 'clip.mp4');
  // A 1 s blue clip with a loud tone: shorter than its scene (it loops) and with sound (which stays out).
  await runProcess(ffmpegPath, ['-hide_banner', '-nostdin', '-y', '-f', 'lavfi', '-i', 'color=c=0x2040E0:size=640x360:rate=30', '-f', 'lavfi', '-i', 'sine=frequency=1000:sample_rate=48000', '-t', '1', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', clip], { captureStdout: false });
});
afterAll(async () => {
  await tts.close();
  await rm(root, { recursive: true, force: true });
});

/** The mean colour of a frame at `seconds`, over the middle of the picture. */
async function colourAt(video: string, seconds: number): Promise<[number, number, number]> {
  const { stdout } = await runProcess(ffmpegPath, ['-hide_banner', '-nostdin', '-ss', String(seconds), '-i', video, '-frames:v', '1', '-vf', 'crop=iw/4:ih/4:iw*3/8:ih/4,scale=1:1', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-']);
  return [stdout[0]!, stdout[1]!, stdout[2]!];
}

describe('a stock clip scene', () => {
  it('plays the clip full-bleed, looped over its scene, and credits it in the file', async () => {
    const storyboard: Storyboard = {
      schema: 2, version: 1, title: 'Stock', language: 'en', orientation: 'portrait', duration_target_sec: null, voice_id: 'espeak-en-us-female', avatar_id: null,
      style_id: 'clean', pace: 1, music: null, captions: { enabled: true, style: 'default' },
      scenes: [
        { id: 'a', layout: 'presenter', narration: 'The ocean covers most of our planet and holds most of its life.', headline: 'The ocean', presenter: 'none', transition: 'cut', duration_sec: 4,
          visual: { kind: 'stock_video', query: 'ocean', source: { provider: 'pexels', id: '9', url: 'https://www.pexels.com/video/9/' }, attribution: 'Video by Jane Doe on Pexels', licence: 'Pexels License' } },
        { id: 'b', layout: 'stat', narration: 'Revenue grew 18 percent.', headline: 'Growth', presenter: 'none', transition: 'fade', duration_sec: 3,
          visual: { kind: 'chart', chart: { type: 'donut', suffix: '%', items: [{ label: '', value: 18 }] } } },
      ],
    };
    const workDir = join(root, 'work');
    await mkdir(workDir);
    const output = await renderVideo(storyboard, {
      tts, ffmpegPath, workDir, resolution: 720, resolveAsset: async (id) => { throw new Error(id); },
      visualMedia: { pathFor: () => clip, fetch: async () => clip },
    });
    expect(output.storyboard.scenes[0]!.layout).toBe('presenter');
    for (const at of [0.5, 2.5]) {
      const [r, , b] = await colourAt(output.videoPath, at);
      expect(b, `blue clip at ${at}s`).toBeGreaterThan(150);
      expect(r).toBeLessThan(100);
    }
    const { stdout } = await runProcess(ffmpegPath, ['-hide_banner', '-nostdin', '-i', output.videoPath, '-f', 'ffmetadata', '-']);
    expect(stdout.toString()).toContain('Video by Jane Doe on Pexels (https://www.pexels.com/video/9/)');
    // The clip's tone is left out: before the narration starts (the scene's lead-in) the soundtrack is silent.
    const { stderr } = await runProcess(ffmpegPath, ['-hide_banner', '-nostdin', '-i', output.videoPath, '-ss', '0.02', '-t', String(SCENE_LEAD_SEC - 0.1), '-af', 'volumedetect', '-vn', '-f', 'null', '-']);
    const peak = Number(/max_volume: (-?[\d.]+|-inf) dB/.exec(stderr.toString())?.[1] ?? 'NaN');
    expect(Number.isNaN(peak) || peak < -40, `peak ${peak} dB in the lead-in`).toBe(true);
    expect((await probeMedia(output.videoPath, { ffmpegPath })).duration).toBeGreaterThan(5);
  });
});
