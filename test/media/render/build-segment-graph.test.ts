import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProcess } from '../../../src/process/index.js';
import { buildSegmentGraph, resolveFfmpegPath } from '../../../src/media/index.js';

const ffmpegPath = resolveFfmpegPath();
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ova-segment-graph-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A 64×32 still of one colour, as the renderer writes them (JPEG). */
async function still(name: string, colour: string): Promise<string> {
  const canvas = createCanvas(64, 32);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, 64, 32);
  const path = join(root, name);
  await writeFile(path, await canvas.encode('jpeg', 95));
  return path;
}

/** Runs `graph` and returns each output frame as grey bytes (64×32). */
async function frames(inputs: string[], graph: string, stdin?: Buffer): Promise<Buffer[]> {
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
      fadeInFrames: 0, fadeOutFrames: 0, media: null, presenter: { input: 1, box: { x: 16, y: 8, width: 16, height: 16 } }, captions: null,
    });
    const out = await frames(
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
      fadeInFrames: 0, fadeOutFrames: 0, presenter: null, captions: null,
      media: { kind: 'image', input: 1, box: { x: 32, y: 0, width: 32, height: 32 }, fit: 'cover', motion: 'none', topInput: 2 },
    });
    const out = await frames(['-framerate', '30', '-i', background, '-i', image, '-i', topPath], graph);
    expect(out).toHaveLength(3);
    const at = (frame: number, x: number, y: number) => out[frame]![y * 64 + x]!;
    for (const frame of [0, 2]) {
      expect(Math.abs(at(frame, 8, 20) - 0x20)).toBeLessThan(6); // the still
      expect(Math.abs(at(frame, 48, 20) - 0xe0)).toBeLessThan(6); // the image, full range carried over correctly
      expect(at(frame, 48, 2)).toBeLessThan(25); // the top layer's opaque band
    }
  });
});
