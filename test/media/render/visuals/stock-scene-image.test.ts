import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSceneImage, resolveFfmpegPath, type VisualMediaSource } from '../../../../src/media/index.js';
import { runProcess } from '../../../../src/process/index.js';
import type { Scene, Storyboard } from '../../../../src/storyboard/index.js';

let root: string;
let photo: string;
let clip: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ova-stock-image-'));
  const canvas = createCanvas(640, 400);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#10C040';
  ctx.fillRect(0, 0, 640, 400);
  photo = join(root, 'pixabay-77.img');
  await writeFile(photo, await canvas.encode('jpeg', 90));
  clip = join(root, 'pexels-5.mp4');
  await runProcess(resolveFfmpegPath(), ['-hide_banner', '-nostdin', '-y', '-f', 'lavfi', '-i', 'color=c=0x2040E0:size=320x180:rate=30', '-t', '1.5', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', clip], { captureStdout: false });
});
afterAll(async () => rm(root, { recursive: true, force: true }));

function storyboard(orientation: Storyboard['orientation'], scene: Scene): Storyboard {
  return { schema: 2, version: 1, title: 'Stock', language: 'en', orientation, duration_target_sec: null, voice_id: 'v', avatar_id: null, style_id: 'clean', pace: 1, music: null, captions: { enabled: true, style: 'default' }, scenes: [scene] };
}

const scene = (kind: 'stock_image' | 'stock_video', attribution: string | undefined, fileUrl?: string): Scene => ({
  id: 's', layout: 'presenter', narration: 'n', headline: 'A place', presenter: 'none', transition: 'cut', duration_sec: 4,
  visual: { kind, source: { provider: kind === 'stock_image' ? 'pixabay' : 'pexels', id: kind === 'stock_image' ? '77' : '5', ...(fileUrl ? { file_url: fileUrl } : {}) }, ...(attribution ? { attribution } : {}) },
});

/** Reads files from the test folder; a missing one is "downloaded" by copying from `downloads`. */
function source(downloads: Record<string, string> = {}, fetched: string[] = []): VisualMediaSource {
  return {
    pathFor: (provider, id, ext) => join(root, `${provider}-${id}.${ext}`),
    fetch: async (item) => {
      fetched.push(item.fileUrl);
      const from = downloads[item.fileUrl];
      if (!from) throw new Error('not found');
      return from;
    },
  };
}

async function pixel(jpeg: Buffer, fx: number, fy: number): Promise<[number, number, number]> {
  const image = await loadImage(jpeg);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const d = ctx.getImageData(Math.round(image.width * fx), Math.round(image.height * fy), 1, 1).data;
  return [d[0]!, d[1]!, d[2]!];
}

const resolveAsset = async () => { throw new Error('no assets'); };

describe('a stock or generated picture', () => {
  for (const orientation of ['landscape', 'portrait'] as const) {
    it(`fills the frame behind its headline, photo and clip alike (${orientation})`, async () => {
      const image = await renderSceneImage(storyboard(orientation, scene('stock_image', 'Image by Max on Pixabay')), 0, { resolveAsset, visualMedia: source(), scale: 0.25 });
      const [r, g, b] = await pixel(image, 0.5, 0.3);
      expect(g).toBeGreaterThan(150);
      expect(r + b).toBeLessThan(120);
      const frame = await renderSceneImage(storyboard(orientation, scene('stock_video', 'Video by Jane on Pexels')), 0, { resolveAsset, visualMedia: source(), scale: 0.25 });
      const [vr, , vb] = await pixel(frame, 0.5, 0.3);
      expect(vb).toBeGreaterThan(180);
      expect(vr).toBeLessThan(80);
    });
  }

  it('shows its credit in the top-left corner', async () => {
    const render = (attribution: string | undefined) => renderSceneImage(storyboard('landscape', scene('stock_image', attribution)), 0, { resolveAsset, visualMedia: source(), scale: 0.5 });
    const [credited, bare] = await Promise.all([render('Image by Max on Pixabay'), render(undefined)]);
    const corner = async (jpeg: Buffer) => {
      const image = await loadImage(jpeg);
      const canvas = createCanvas(image.width, image.height);
      const ctx = canvas.getContext('2d');
      ctx.drawImage(image, 0, 0);
      return ctx.getImageData(0, 0, image.width / 3, image.height / 8).data;
    };
    const [a, b] = await Promise.all([corner(credited), corner(bare)]);
    let bright = 0;
    for (let i = 0; i < a.length; i += 4) if (a[i]! - b[i]! > 80) bright += 1;
    expect(bright).toBeGreaterThan(50);
  });

  it('is fetched again from its file_url when missing, and left out (the slide drawn plain) when that fails', async () => {
    const fetched: string[] = [];
    const missing: Scene = { ...scene('stock_image', undefined, 'https://cdn.example/photo.jpg'), visual: { kind: 'stock_image', source: { provider: 'pixabay', id: 'gone', file_url: 'https://cdn.example/photo.jpg' } } };
    const image = await renderSceneImage(storyboard('landscape', missing), 0, { resolveAsset, visualMedia: source({ 'https://cdn.example/photo.jpg': photo }, fetched), scale: 0.25 });
    expect(fetched).toEqual(['https://cdn.example/photo.jpg']);
    expect((await pixel(image, 0.5, 0.3))[1]).toBeGreaterThan(150);
    const plain = await renderSceneImage(storyboard('landscape', missing), 0, { resolveAsset, visualMedia: source({}, []), scale: 0.25 });
    const [r, , b] = await pixel(plain, 0.5, 0.3);
    expect(r + b).toBeGreaterThan(200);
  });
});
