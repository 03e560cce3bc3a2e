import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadImage } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CancelledError } from '../../../src/errors/index.js';
import { runProcess } from '../../../src/process/index.js';
import { EspeakTtsEngine, probeMedia, renderVideo, resolveFfmpegPath, type RenderProgress, type TtsEngine } from '../../../src/media/index.js';
import type { Storyboard } from '../../../src/storyboard/index.js';

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

async function workDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ova-render-'));
  dirs.push(dir);
  return dir;
}

function storyboard(orientation: Storyboard['orientation']): Storyboard {
  return {
    schema: 2, version: 1, title: 'Render test', language: 'en', orientation, duration_target_sec: null,
    voice_id: 'espeak-en-us-female', avatar_id: null, style_id: 'midnight', pace: 1.2, music: null,
    captions: { enabled: true, style: 'default' },
    scenes: [
      { id: 'intro', layout: 'title', narration: 'Hello there.', headline: 'Render test', presenter: 'none', transition: 'fade', duration_sec: 2 },
      { id: 'facts', layout: 'bullets', narration: 'Three quick facts follow.', headline: 'Facts', bullets: ['One', 'Two'], presenter: 'none', transition: 'fade', duration_sec: 2 },
      { id: 'silent', layout: 'stat', narration: '', stat: '42 %', headline: 'of everything', presenter: 'none', transition: 'cut', duration_sec: 2 },
    ],
  };
}

/** ffmpeg processes that are children of this test process. */
function childFfmpegs(): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        return ppid === process.pid && stat.includes('(ffmpeg)');
      } catch {
        return false;
      }
    })
    .map(Number);
}

const noAssets = async (id: string): Promise<never> => {
  throw new Error(`no asset ${id}`);
};

describe('renderVideo', () => {
  it('renders a 3-scene landscape storyboard to H.264/AAC 1080p30 with captions, SRT and thumbnail', async () => {
    const dir = await workDir();
    const progress: RenderProgress[] = [];
    const sb = storyboard('landscape');
    const started = performance.now();
    const out = await renderVideo(sb, { tts, workDir: dir, ffmpegPath, resolveAsset: noAssets, onProgress: (p) => progress.push(p) });
    const seconds = (performance.now() - started) / 1000;

    const sceneSum = out.scenes.reduce((s, scene) => s + scene.duration, 0);
    expect(sceneSum).toBeGreaterThan(5);
    expect(sceneSum).toBeLessThan(10);
    expect(out.scenes.map((s) => s.id)).toEqual(['intro', 'facts', 'silent']);
    expect(out.scenes[2]!.duration).toBeCloseTo(2, 5);
    expect(out.scenes[1]!.start).toBeCloseTo(out.scenes[0]!.duration, 5);
    expect(out.storyboard.scenes.map((s) => s.duration_sec)).toEqual(out.scenes.map((s) => s.duration));
    expect(sb.scenes[0]!.duration_sec).toBe(2); // the input is not changed

    for (const path of [out.videoPath, out.captionedVideoPath]) {
      const probe = await probeMedia(path, { ffmpegPath });
      // 30 fps clock; a frame that repeats the one before is held rather than stored again, so fewer are stored.
      expect(probe.video).toMatchObject({ codec: 'h264', width: 1920, height: 1080, fps: 30, pixFmt: 'yuv420p' });
      expect(probe.video!.averageFps).toBeLessThan(20);
      expect(probe.audio?.codec).toBe('aac');
      expect(Math.abs(probe.duration - sceneSum)).toBeLessThan(0.1);
    }
    expect(Math.abs(out.duration - sceneSum)).toBeLessThan(0.1);

    // +faststart: the moov atom comes before the media data.
    const head = (await readFile(out.videoPath)).subarray(0, 64 * 1024).toString('latin1');
    expect(head.indexOf('moov')).toBeGreaterThan(-1);
    expect(head.indexOf('moov')).toBeLessThan(head.indexOf('mdat') === -1 ? Infinity : head.indexOf('mdat'));

    const srt = await readFile(out.subtitlePath, 'utf8');
    expect(srt).toMatch(/^1\n00:00:00,\d{3} --> 00:00:0\d,\d{3}\nHello there\.\n/);
    expect(srt).toContain('Three quick facts follow.');
    const thumbnail = await loadImage(await readFile(out.thumbnailPath));
    expect([thumbnail.width, thumbnail.height]).toEqual([1920, 1080]);

    const fractions = progress.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
    expect(new Set(progress.map((p) => p.stage))).toEqual(new Set(['narration', 'frames', 'encode', 'finish']));
    console.info(`landscape 3-scene render (${sceneSum.toFixed(2)} s of video) took ${seconds.toFixed(2)} s`);
  }, 240_000);

  it('renders portrait at 1080×1920', async () => {
    const dir = await workDir();
    const sb = storyboard('portrait');
    sb.scenes = sb.scenes.slice(0, 1);
    const out = await renderVideo(sb, { tts, workDir: dir, ffmpegPath, resolveAsset: noAssets });
    const probe = await probeMedia(out.captionedVideoPath, { ffmpegPath });
    expect([probe.video?.width, probe.video?.height, probe.video?.pixFmt]).toEqual([1080, 1920, 'yuv420p']);
    expect(Math.abs(probe.duration - out.scenes[0]!.duration)).toBeLessThan(0.1);
  }, 240_000);

  it('with constantFrameRate stores every frame at 30 fps, and both modes show each scene from the same frame on', async () => {
    const sb = storyboard('landscape');
    const variable = await renderVideo(sb, { tts, workDir: await workDir(), ffmpegPath, resolveAsset: noAssets });
    const constant = await renderVideo(sb, { tts, workDir: await workDir(), ffmpegPath, resolveAsset: noAssets, constantFrameRate: true });
    const probe = await probeMedia(constant.captionedVideoPath, { ffmpegPath });
    expect(probe.video).toEqual({ codec: 'h264', width: 1920, height: 1080, fps: 30, pixFmt: 'yuv420p' });
    expect(constant.scenes).toEqual(variable.scenes);
    // Frame timestamps (in 1/30 s) of each file: the variable one stores fewer, all on the same clock, and
    // a stored frame begins each scene exactly where the constant one does.
    const timestamps = async (path: string) => {
      const { stdout } = await runProcess(ffmpegPath, ['-hide_banner', '-i', path, '-map', '0:v', '-vsync', 'passthrough', '-f', 'framemd5', '-']);
      return stdout.toString().split('\n').filter((l) => /^\d+,/.test(l)).map((l) => Number(l.split(',')[1]));
    };
    for (const pick of [(o: typeof variable) => o.videoPath, (o: typeof variable) => o.captionedVideoPath]) {
      const all = await timestamps(pick(constant));
      const kept = await timestamps(pick(variable));
      const frames = Math.round(constant.scenes.reduce((s, scene) => s + scene.duration, 0) * 30);
      expect(all).toEqual(Array.from({ length: frames }, (_, i) => i));
      expect(kept.length).toBeLessThan(frames * 0.5);
      expect(kept.at(-1)).toBe(frames - 1);
      for (const scene of variable.scenes) expect(kept).toContain(Math.round(scene.start * 30));
    }
  }, 240_000);

  it('rejects with CancelledError within a second of an abort during the encode, leaving no ffmpeg running', async () => {
    const dir = await workDir();
    const controller = new AbortController();
    let abortedAt = 0;
    const render = renderVideo(storyboard('landscape'), {
      tts, workDir: dir, ffmpegPath, resolveAsset: noAssets, signal: controller.signal,
      onProgress: (p) => {
        if (p.stage === 'encode' && !abortedAt) {
          // Let ffmpeg start, then pull the plug.
          setTimeout(() => {
            abortedAt = performance.now();
            controller.abort();
          }, 300);
          abortedAt = -1;
        }
      },
    });
    await expect(render).rejects.toBeInstanceOf(CancelledError);
    expect(performance.now() - abortedAt).toBeLessThan(1000);
    expect(childFfmpegs()).toEqual([]);
  }, 240_000);

  it('rejects at once with CancelledError for an already aborted signal', async () => {
    const dir = await workDir();
    await expect(renderVideo(storyboard('landscape'), { tts, workDir: dir, ffmpegPath, resolveAsset: noAssets, signal: AbortSignal.abort() })).rejects.toBeInstanceOf(CancelledError);
  });
});
