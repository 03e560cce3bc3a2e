import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProcess } from '../../../src/process/index.js';
import { builtInPresenter, EspeakTtsEngine, FPS, probeMedia, renderVideo, resolveFfmpegPath, type RenderVideoOptions, type TtsEngine } from '../../../src/media/index.js';
import { listAvatarLooks } from '../../../src/avatars/index.js';
import { SCENE_LEAD_SEC, type Storyboard } from '../../../src/storyboard/index.js';

const ffmpegPath = resolveFfmpegPath();
let tts: TtsEngine;
let root: string;

beforeAll(async () => {
  tts = new EspeakTtsEngine();
  root = await mkdtemp(join(tmpdir(), 'ova-pipeline-'));
});
afterAll(async () => {
  await tts.close();
  await rm(root, { recursive: true, force: true });
});

let counter = 0;
async function dir(name: string): Promise<string> {
  const path = join(root, `${name}-${(counter += 1)}`);
  await runProcess('mkdir', ['-p', path]);
  return path;
}

function storyboard(overrides: Partial<Storyboard> = {}): Storyboard {
  return {
    schema: 2, version: 1, title: 'Pipeline test', language: 'en', orientation: 'landscape', duration_target_sec: null,
    voice_id: 'espeak-en-us-female', avatar_id: null, style_id: 'midnight', pace: 1.3, music: null,
    captions: { enabled: true, style: 'default' },
    scenes: [
      { id: 'one', layout: 'title', narration: 'First scene speaks.', headline: 'One', presenter: 'none', transition: 'fade', duration_sec: 2 },
      { id: 'two', layout: 'bullets', narration: 'Second scene here.', headline: 'Two', bullets: ['A', 'B'], presenter: 'none', transition: 'fade', duration_sec: 2 },
      { id: 'three', layout: 'stat', narration: 'Third and last.', stat: '3', headline: 'Three', presenter: 'none', transition: 'cut', duration_sec: 2 },
    ],
    ...overrides,
  };
}

const noAssets: RenderVideoOptions['resolveAsset'] = async (id) => {
  throw new Error(`no asset ${id}`);
};

function srtTimes(srt: string): { start: number; text: string }[] {
  return [...srt.matchAll(/(\d\d):(\d\d):(\d\d),(\d{3}) --> .*\n(.*)\n/g)].map((m) => ({
    start: Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4]) / 1000,
    text: m[5]!,
  }));
}

/** Integrated loudness (LUFS) and true peak (dBTP) measured by ffmpeg's ebur128 filter. */
async function loudness(path: string): Promise<{ integrated: number; truePeak: number }> {
  const { stderr } = await runProcess(ffmpegPath, ['-hide_banner', '-nostdin', '-i', path, '-map', '0:a', '-af', 'ebur128=peak=true', '-f', 'null', '-'], { captureStdout: false });
  const summary = stderr.slice(stderr.lastIndexOf('Summary:'));
  return { integrated: Number(/I:\s+(-?[\d.]+) LUFS/.exec(summary)![1]), truePeak: Number(/Peak:\s+(-?[\d.]+) dBFS/.exec(summary)![1]) };
}

describe('renderVideo pipeline', () => {
  it('starts each caption cue within one frame of its first word as timed by the speech engine (SRT and WebVTT)', async () => {
    const sb = storyboard();
    const out = await renderVideo(sb, { tts, workDir: await dir('captions'), ffmpegPath, resolveAsset: noAssets, resolution: 720 });
    const cues = srtTimes(await readFile(out.subtitlePath, 'utf8'));
    for (const [i, scene] of sb.scenes.entries()) {
      const synthesis = await tts.synthesize(scene.narration, sb.voice_id, { pace: sb.pace });
      const first = synthesis.words[0]!;
      const cue = cues.find((c) => c.text.startsWith(first.text))!;
      expect(cue, `cue for scene ${scene.id}`).toBeDefined();
      // The narration starts a fixed lead after the scene starts.
      const narrationStart = out.scenes[i]!.start + SCENE_LEAD_SEC;
      expect(Math.abs(cue.start - (narrationStart + first.start))).toBeLessThanOrEqual(1 / FPS);
    }
    const vtt = await readFile(out.vttPath, 'utf8');
    expect(vtt.startsWith('WEBVTT\n\n1\n00:00:')).toBe(true);
    expect(vtt).toMatch(/First <00:00:\d\d\.\d{3}>scene <00:00:\d\d\.\d{3}>speaks\./);
    const gif = await probeMedia(out.gifPath, { ffmpegPath });
    expect(gif.video?.width).toBe(480);
    // ~3 s at 10 frames/s (a GIF's duration is not in its header: count the frames).
    const { stderr } = await runProcess(ffmpegPath, ['-hide_banner', '-nostdin', '-i', out.gifPath, '-f', 'null', '-'], { captureStdout: false });
    const frames = Number([...stderr.matchAll(/frame=\s*(\d+)/g)].at(-1)![1]);
    expect(frames).toBeGreaterThanOrEqual(28);
    expect(frames).toBeLessThanOrEqual(31);
  }, 240_000);

  it('re-encodes only the edited scene segments after a one-scene edit, reusing the rest from the cache', async () => {
    const cacheDir = await dir('cache');
    const sb = storyboard();
    const first = await renderVideo(sb, { tts, workDir: await dir('rev1'), ffmpegPath, resolveAsset: noAssets, resolution: 720, cacheDir });
    expect(first.cache.hits).toEqual([]);
    // Scene 1's hold, scene 2's fade-in and hold, scene 3's hold (a cut has no transition segment).
    expect(first.cache.misses.filter((s) => s.startsWith('segment:'))).toHaveLength(4);

    const edited = structuredClone(sb);
    edited.scenes[0]!.narration = 'The first scene now says something else.';
    const second = await renderVideo(edited, { tts, workDir: await dir('rev2'), ffmpegPath, resolveAsset: noAssets, resolution: 720, cacheDir });
    const segHits = second.cache.hits.filter((s) => s.startsWith('segment:'));
    const segMisses = second.cache.misses.filter((s) => s.startsWith('segment:'));
    // Scene 1's hold changed (captions, length); scene 2 fades in from scene 1's unchanged still, so its
    // transition is reused, and so are the holds of scenes 2 and 3.
    expect(segHits).toHaveLength(3);
    expect(segMisses).toHaveLength(1);
    expect(second.cache.hits.filter((s) => s.startsWith('tts:'))).toHaveLength(2);
    expect(second.cache.misses.filter((s) => s.startsWith('tts:'))).toHaveLength(1);
    const probe = await probeMedia(second.captionedVideoPath, { ffmpegPath });
    const total = second.scenes.reduce((s, scene) => s + scene.duration, 0);
    expect(Math.abs(probe.duration - total)).toBeLessThan(0.1);
    expect(total).toBeGreaterThan(first.scenes.reduce((s, scene) => s + scene.duration, 0));

    // The same storyboard again: everything from the cache.
    const third = await renderVideo(edited, { tts, workDir: await dir('rev3'), ffmpegPath, resolveAsset: noAssets, resolution: 720, cacheDir });
    expect(third.cache.misses).toEqual([]);
  }, 240_000);

  it('mixes a built-in music bed under the narration to -16 LUFS with peaks under -1 dBTP', async () => {
    const sb = storyboard({ music: { track: 'calm', volume: 0.8 } });
    sb.scenes = sb.scenes.slice(0, 2);
    const out = await renderVideo(sb, { tts, workDir: await dir('music'), ffmpegPath, resolveAsset: noAssets, resolution: 720 });
    const { integrated, truePeak } = await loudness(out.videoPath);
    expect(Math.abs(integrated - -16)).toBeLessThanOrEqual(1);
    expect(truePeak).toBeLessThan(-1);
  }, 240_000);

  it('shows an image with a slow zoom and a looped video clip with its sound, and copies the clean video when captions are off', async () => {
    const assetsDir = await dir('assets');
    const imagePath = join(assetsDir, 'photo.png');
    const canvas = createCanvas(800, 600);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#224488';
    ctx.fillRect(0, 0, 800, 600);
    ctx.fillStyle = '#ffcc00';
    ctx.fillRect(300, 200, 200, 200);
    await writeFile(imagePath, await canvas.encode('png'));
    // A 1 s clip (shorter than its scene, so it loops) with a tone.
    const clipPath = join(assetsDir, 'clip.mp4');
    await runProcess(ffmpegPath, ['-hide_banner', '-nostdin', '-y', '-f', 'lavfi', '-i', 'testsrc2=size=320x240:rate=25', '-f', 'lavfi', '-i', 'sine=frequency=660:sample_rate=44100', '-t', '1', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', clipPath], { captureStdout: false });
    const assets: Record<string, { path: string; mimeType: string }> = { photo: { path: imagePath, mimeType: 'image/png' }, clip: { path: clipPath, mimeType: 'video/mp4' } };
    const sb = storyboard({ captions: { enabled: false, style: 'default' } });
    sb.scenes = [
      { id: 'photo', layout: 'media', narration: 'A photo.', headline: 'Photo', media: { asset_id: 'photo', fit: 'cover', motion: 'zoom_in' }, presenter: 'none', transition: 'cut', duration_sec: 2 },
      { id: 'clip', layout: 'media', narration: '', headline: 'Clip', media: { asset_id: 'clip', fit: 'contain', motion: 'none' }, presenter: 'none', transition: 'slide', duration_sec: 2 },
    ];
    const out = await renderVideo(sb, { tts, workDir: await dir('media'), ffmpegPath, resolveAsset: async (id) => assets[id]!, resolution: 720 });
    const probe = await probeMedia(out.videoPath, { ffmpegPath });
    expect([probe.video?.width, probe.video?.height]).toEqual([1280, 720]);
    expect(Math.abs(probe.duration - (out.scenes[0]!.duration + out.scenes[1]!.duration))).toBeLessThan(0.1);

    const frameAt = async (t: number) => {
      const { stdout } = await runProcess(ffmpegPath, ['-hide_banner', '-nostdin', '-ss', t.toFixed(3), '-i', out.videoPath, '-frames:v', '1', '-vf', 'scale=64:36', '-f', 'rawvideo', '-pix_fmt', 'gray', '-']);
      return stdout;
    };
    const diff = (a: Buffer, b: Buffer) => a.reduce((sum, v, i) => sum + Math.abs(v - b[i]!), 0) / a.length;
    // The zoom moves the photo between the start and the end of its scene.
    expect(diff(await frameAt(0.2), await frameAt(out.scenes[0]!.duration - 0.2))).toBeGreaterThan(1);
    // The clip plays (testsrc2 changes every frame) in its silent scene.
    const clipStart = out.scenes[1]!.start;
    // The slide out of the photo starts from the photo where its zoom ended, not from the scene without its
    // photo: in the transition's first frame the incoming scene covers only the right edge, and the rest is the
    // photo's last frame.
    const leftPart = (frame: Buffer) => Buffer.from(frame.filter((_, i) => i % 64 < 40));
    expect(diff(leftPart(await frameAt(clipStart - 0.05)), leftPart(await frameAt(clipStart - 0.001)))).toBeLessThan(3);
    expect(diff(await frameAt(clipStart + 0.8), await frameAt(clipStart + 1.4))).toBeGreaterThan(0.3);
    // Its sound is in the mix: the clip's scene has no narration, yet it is not silent.
    const { stderr } = await runProcess(ffmpegPath, ['-hide_banner', '-nostdin', '-ss', (clipStart + 0.6).toFixed(3), '-t', '1', '-i', out.videoPath, '-map', '0:a', '-af', 'volumedetect', '-f', 'null', '-'], { captureStdout: false });
    expect(Number(/mean_volume: (-?[\d.]+) dB/.exec(stderr)![1])).toBeGreaterThan(-40);

    // Captions off: the captioned output is the clean video, byte for byte.
    expect((await stat(out.captionedVideoPath)).size).toBe((await stat(out.videoPath)).size);
    expect((await readFile(out.captionedVideoPath)).equals(await readFile(out.videoPath))).toBe(true);
  }, 240_000);

  it('lays the speaking presenter over the still in its box only, when the storyboard has an avatar', async () => {
    const look = listAvatarLooks()[0]!;
    const sb = storyboard({ avatar_id: look.id, captions: { enabled: false, style: 'default' } });
    sb.scenes = [{ ...sb.scenes[1]!, narration: 'Mama made more maps, more or less.', presenter: 'corner', transition: 'cut' }];
    const out = await renderVideo(sb, { tts, workDir: await dir('presenter'), ffmpegPath, resolveAsset: noAssets, resolution: 720 });
    const box = builtInPresenter(look.id)!.box('corner', 1280, 720)!;
    const gray = async (t: number) => {
      const { stdout } = await runProcess(ffmpegPath, ['-hide_banner', '-nostdin', '-ss', t.toFixed(3), '-i', out.videoPath, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'gray', '-']);
      return stdout;
    };
    const frames = await Promise.all([0.6, 0.9, 1.2, 1.5].map(gray));
    const changed = (inside: boolean) => {
      let total = 0;
      let count = 0;
      for (let y = 0; y < 720; y += 2) {
        for (let x = 0; x < 1280; x += 2) {
          const within = x >= box.x && x < box.x + box.width && y >= box.y && y < box.y + box.height;
          if (within !== inside) continue;
          for (let f = 1; f < frames.length; f += 1) total += Math.abs(frames[f]![y * 1280 + x]! - frames[0]![y * 1280 + x]!);
          count += 1;
        }
      }
      return total / count;
    };
    // Something moves in the presenter's box (mouth, blinks, sway); outside it the slide is still (only codec noise).
    expect(changed(true)).toBeGreaterThan(0.2);
    expect(changed(false)).toBeLessThan(0.2);
    // And the presenter is actually drawn: the box differs from the same scene without an avatar.
    const plain = await renderVideo({ ...sb, avatar_id: null }, { tts, workDir: await dir('presenter-none'), ffmpegPath, resolveAsset: noAssets, resolution: 720 });
    const { stdout: noPresenter } = await runProcess(ffmpegPath, ['-hide_banner', '-nostdin', '-ss', '0.6', '-i', plain.videoPath, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'gray', '-']);
    let boxDiff = 0;
    let n = 0;
    for (let y = Math.ceil(box.y); y < box.y + box.height; y += 2) {
      for (let x = Math.ceil(box.x); x < box.x + box.width; x += 2) {
        boxDiff += Math.abs(noPresenter[y * 1280 + x]! - frames[0]![y * 1280 + x]!);
        n += 1;
      }
    }
    expect(boxDiff / n).toBeGreaterThan(10);
    // Where the presenter is transparent (the box's top corners) the slide shows through unchanged.
    let cornerDiff = 0;
    let m = 0;
    for (let y = Math.ceil(box.y) + 2; y < box.y + box.height * 0.08; y += 1) {
      for (const x0 of [Math.ceil(box.x) + 2, Math.floor(box.x + box.width * 0.92)]) {
        for (let x = x0; x < x0 + box.width * 0.06; x += 1) {
          cornerDiff += Math.abs(noPresenter[y * 1280 + x]! - frames[0]![y * 1280 + x]!);
          m += 1;
        }
      }
    }
    expect(cornerDiff / m).toBeLessThan(3);
  }, 240_000);
});
