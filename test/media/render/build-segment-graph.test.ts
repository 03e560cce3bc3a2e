import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProcess } from '../../../src/process/index.js';
import { buildAss, buildSegmentGraph, captionChangeFrames, resolveFfmpegPath } from '../../../src/media/index.js';
import { bundledFontFiles, getStyle } from '../../../src/styles/index.js';

const ffmpegPath = resolveFfmpegPath();
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ova-segment-graph-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A still of one colour (64×32 unless told), as the renderer writes them (JPEG). */
async function still(name: string, colour: string, width = 64, height = 32): Promise<string> {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, width, height);
  const path = join(root, name);
  await writeFile(path, await canvas.encode('jpeg', 95));
  return path;
}

/** Runs `graph` and returns each output frame as grey bytes (64×32). */
async function greyFrames(inputs: string[], graph: string, stdin?: Buffer): Promise<Buffer[]> {
  const { stdout } = await runProcess(
    ffmpegPath,
    ['-hide_banner', '-nostdin', ...inputs, '-filter_complex', `${graph};[clean]format=gray[g]`, '-map', '[g]', '-f', 'rawvideo', '-'],
    stdin ? { stdin: async (pipe: NodeJS.WritableStream) => void pipe.write(stdin) } : {},
  );
  const size = 64 * 32;
  return Array.from({ length: stdout.length / size }, (_, i) => stdout.subarray(i * size, (i + 1) * size));
}

describe('buildSegmentGraph', () => {
  it('holds each presenter frame piped at half the video rate for two video frames, blending straight alpha', async () => {
    const background = await still('grey.jpg', '#808080');
    // Two 16×16 presenter frames: opaque white over the box's left half, transparent on the right; then black.
    const rgba = Buffer.alloc(16 * 16 * 4 * 2);
    for (let f = 0; f < 2; f += 1) {
      for (let y = 0; y < 16; y += 1) {
        for (let x = 0; x < 8; x += 1) rgba.set(f === 0 ? [255, 255, 255, 255] : [0, 0, 0, 255], f * 1024 + (y * 16 + x) * 4);
      }
    }
    const { graph } = buildSegmentGraph({
      fps: 30, width: 64, height: 32, frames: 4, frameOffset: 0, sceneFrames: 4, transition: 'cut', transitionFrames: 0,
      fadeInFrames: 0, fadeOutFrames: 0, media: null, presenter: { input: 1, box: { x: 16, y: 8, width: 16, height: 16 }, frameStep: 2 }, captions: null, dropRepeatedFrames: false,
    });
    const out = await greyFrames(
      ['-framerate', '30', '-i', background, '-f', 'rawvideo', '-pix_fmt', 'rgba', '-s', '16x16', '-framerate', '15', '-i', 'pipe:0'],
      graph,
      rgba,
    );
    expect(out).toHaveLength(4);
    const at = (frame: number, x: number, y: number) => out[frame]![y * 64 + x]!;
    // Frames 0 and 1 show the first drawing, 2 and 3 the second.
    expect([at(0, 18, 16), at(1, 18, 16)].every((v) => v > 230)).toBe(true);
    expect([at(2, 18, 16), at(3, 18, 16)].every((v) => v < 25)).toBe(true);
    // The transparent half shows the still unchanged (not lightened or darkened), as does everything outside.
    for (const frame of [0, 3]) {
      expect(Math.abs(at(frame, 28, 16) - 128)).toBeLessThan(6);
      expect(Math.abs(at(frame, 4, 4) - 128)).toBeLessThan(6);
    }
  });

  it('lays a held image and its transparent top layer over the still with the right colours', async () => {
    const background = await still('dark.jpg', '#202020');
    const image = await still('light.jpg', '#e0e0e0');
    const top = createCanvas(64, 32);
    const tctx = top.getContext('2d');
    tctx.fillStyle = '#000000';
    tctx.fillRect(0, 0, 64, 8);
    const topPath = join(root, 'top.png');
    await writeFile(topPath, await top.encode('png'));
    const { graph } = buildSegmentGraph({
      fps: 30, width: 64, height: 32, frames: 3, frameOffset: 0, sceneFrames: 3, transition: 'cut', transitionFrames: 0,
      fadeInFrames: 0, fadeOutFrames: 0, presenter: null, captions: null, dropRepeatedFrames: false,
      media: { kind: 'image', input: 1, box: { x: 32, y: 0, width: 32, height: 32 }, fit: 'cover', motion: 'none', topInput: 2 },
    });
    const out = await greyFrames(['-framerate', '30', '-i', background, '-i', image, '-i', topPath], graph);
    expect(out).toHaveLength(3);
    const at = (frame: number, x: number, y: number) => out[frame]![y * 64 + x]!;
    for (const frame of [0, 2]) {
      expect(Math.abs(at(frame, 8, 20) - 0x20)).toBeLessThan(6); // the still
      expect(Math.abs(at(frame, 48, 20) - 0xe0)).toBeLessThan(6); // the image, full range carried over correctly
      expect(at(frame, 48, 2)).toBeLessThan(25); // the top layer's opaque band
    }
  });
});

describe('buildSegmentGraph with dropRepeatedFrames', () => {
  /** Each output frame's pts (in frames) and md5, as ffmpeg's framemd5 muxer lists them. */
  async function frameHashes(inputs: string[], graph: string, label: string, stdin: Buffer, variable: boolean): Promise<{ pts: number; md5: string }[]> {
    const { stdout } = await runProcess(
      ffmpegPath,
      ['-hide_banner', '-nostdin', ...inputs, '-filter_complex', graph, '-map', label, ...(variable ? ['-vsync', 'vfr'] : ['-r', '30']), '-f', 'framemd5', '-'],
      { cwd: root, stdin: async (pipe: NodeJS.WritableStream) => void pipe.write(stdin) },
    );
    return stdout
      .toString()
      .split('\n')
      .filter((line) => /^\d+,/.test(line))
      .map((line) => {
        const fields = line.split(',').map((f) => f.trim());
        return { pts: Number(fields[1]), md5: fields[5]! };
      });
  }

  it('keeps exactly the frames that change: at every 1/30 s the picture equals the constant-rate one, with far fewer frames', async () => {
    const width = 320;
    const height = 180;
    const frames = 90;
    const background = await still('bg.jpg', '#336699', width, height);
    // A presenter box drawn at 15 fps: a bar whose length changes with every drawing.
    const box = { x: 240, y: 20, width: 40, height: 40 };
    const drawings = Buffer.alloc(box.width * box.height * 4 * (frames / 2));
    for (let f = 0; f < frames / 2; f += 1) {
      for (let y = 0; y < 8; y += 1) {
        for (let x = 0; x < 1 + (f % 40); x += 1) drawings.set([255, 200, 0, 255], f * box.width * box.height * 4 + (y * box.width + x) * 4);
      }
    }
    // Captions whose word changes fall on odd and even frames alike, with a gap between the cues.
    const cues = [
      { start: 0.1, end: 1.0, words: [{ text: 'One', start: 0.1, end: 0.3 }, { text: 'two', start: 0.37, end: 0.6 }, { text: 'three', start: 0.71, end: 0.9 }] },
      { start: 1.55, end: 2.66, words: [{ text: 'four', start: 1.55, end: 2.0 }, { text: 'five.', start: 2.03, end: 2.5 }] },
    ];
    await writeFile(join(root, 'seg.ass'), buildAss(cues, { width, height, style: getStyle('clean')!, font: getStyle('clean')!.fonts.body }));
    await mkdir(join(root, 'fonts'), { recursive: true });
    await Promise.all(bundledFontFiles().map((file) => copyFile(file, join(root, 'fonts', basename(file)))));
    const options = (drop: boolean) =>
      buildSegmentGraph({
        fps: 30, width, height, frames, frameOffset: 0, sceneFrames: frames, transition: 'cut', transitionFrames: 0,
        fadeInFrames: 0, fadeOutFrames: 10, media: null, presenter: { input: 1, box, frameStep: 2 },
        captions: { assFile: 'seg.ass', fontsDir: 'fonts', changeFrames: captionChangeFrames(cues, 30) }, dropRepeatedFrames: drop,
      });
    const inputs = ['-framerate', '30', '-i', background, '-f', 'rawvideo', '-pix_fmt', 'rgba', '-s', `${box.width}x${box.height}`, '-framerate', '15', '-i', 'pipe:0'];
    for (const label of ['clean', 'captioned'] as const) {
      const constant = options(false);
      const variable = options(true);
      // The other output goes to a nullsink: ffmpeg refuses a graph with an unconnected output.
      const other = label === 'clean' ? 'captioned' : 'clean';
      const all = await frameHashes(inputs, `${constant.graph};${constant[other]}nullsink`, constant[label]!, drawings, false);
      const kept = await frameHashes(inputs, `${variable.graph};${variable[other]}nullsink`, variable[label]!, drawings, true);
      expect(all).toHaveLength(frames);
      expect(kept.length).toBeLessThan(frames * 0.7);
      // What a player shows at tick t: the last kept frame at or before t.
      for (let t = 0; t < frames; t += 1) {
        const shown = kept.filter((f) => f.pts <= t).at(-1);
        expect(shown?.md5, `${label} frame ${t}`).toBe(all[t]!.md5);
      }
      // Nothing kept is a repeat of the frame kept before it, except the forced once-a-second and last frames.
      const repeats = kept.filter((f, i) => i > 0 && f.md5 === kept[i - 1]!.md5 && f.pts % 30 !== 0 && f.pts !== frames - 1);
      expect(repeats).toEqual([]);
    }
  });
});

describe('an image with slow motion', () => {
  it('steps its zoom every other frame, and keeps exactly those frames when repeats are dropped', async () => {
    const [width, height, frames] = [640, 360, 40];
    const background = await still('zoom-bg.jpg', '#101010', width, height);
    const canvas = createCanvas(1280, 720);
    const ctx = canvas.getContext('2d');
    for (let x = 0; x < 1280; x += 8) {
      ctx.fillStyle = x % 16 ? '#f0f0f0' : '#202020';
      ctx.fillRect(x, 0, 8, 720);
    }
    const image = join(root, 'stripes.png');
    await writeFile(image, await canvas.encode('png'));
    const graph = (drop: boolean) =>
      buildSegmentGraph({
        fps: 30, width, height, frames, frameOffset: 0, sceneFrames: frames, transition: 'cut', transitionFrames: 0,
        fadeInFrames: 0, fadeOutFrames: 0, presenter: null, captions: null, dropRepeatedFrames: drop,
        media: { kind: 'image', input: 1, box: { x: 0, y: 0, width, height }, fit: 'cover', motion: 'zoom_in', topInput: null, frameStep: 2 },
      }).graph;
    const hashes = async (g: string, variable: boolean) => {
      const { stdout } = await runProcess(ffmpegPath, [
        '-hide_banner', '-nostdin', '-framerate', '30', '-i', background, '-i', image, '-filter_complex', g, '-map', '[clean]',
        ...(variable ? ['-vsync', 'vfr'] : ['-r', '30']), '-f', 'framemd5', '-',
      ]);
      return stdout.toString().split('\n').filter((l) => /^\d+,/.test(l)).map((l) => ({ pts: Number(l.split(',')[1]), md5: l.split(',')[5]!.trim() }));
    };
    const all = await hashes(graph(false), false);
    expect(all).toHaveLength(frames);
    // Frames change in pairs: 0–1 equal, 2–3 equal…, and each pair differs from the next (the zoom moves).
    for (let n = 0; n + 1 < frames; n += 2) expect(all[n + 1]!.md5).toBe(all[n]!.md5);
    for (let n = 2; n < frames; n += 2) expect(all[n]!.md5).not.toBe(all[n - 2]!.md5);
    const kept = await hashes(graph(true), true);
    expect(kept.map((f) => f.pts)).toEqual([...Array.from({ length: frames / 2 }, (_, i) => i * 2), frames - 1]);
    for (let t = 0; t < frames; t += 1) expect(kept.filter((f) => f.pts <= t).at(-1)!.md5).toBe(all[t]!.md5);
  });
});

describe('an incoming transition into a scene with media', () => {
  it.each(['fade', 'slide'] as const)('brings the media in with the rest of the scene (%s), not at full strength from the first frame', async (transition) => {
    const previous = await still('prev-black.jpg', '#000000');
    const current = await still('cur-grey.jpg', '#808080');
    const media = await still('media-white.jpg', '#ffffff');
    const frames = 10;
    const { graph } = buildSegmentGraph({
      fps: 30, width: 64, height: 32, frames, frameOffset: 0, sceneFrames: 40, transition, transitionFrames: frames,
      fadeInFrames: 0, fadeOutFrames: 0, presenter: null, captions: null, dropRepeatedFrames: false,
      media: { kind: 'image', input: 2, box: { x: 0, y: 0, width: 32, height: 32 }, fit: 'cover', motion: 'zoom_in', topInput: null, frameStep: 2 },
    });
    const out = await greyFrames(['-framerate', '30', '-i', current, '-framerate', '30', '-i', previous, '-i', media], graph);
    expect(out).toHaveLength(frames);
    const at = (frame: number, x: number, y: number) => out[frame]![y * 64 + x]!;
    // First frame: the previous (black) scene everywhere, the media box included.
    expect(at(0, 16, 16)).toBeLessThan(40);
    // Last frame: the media (white) in its box, the still (grey) beside it.
    expect(at(frames - 1, 16, 16)).toBeGreaterThan(200);
    expect(Math.abs(at(frames - 1, 48, 16) - 128)).toBeLessThan(40);
  });
});
