import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAvatarLooks } from '../../../src/avatars/index.js';
import {
  builtInPresenter, EspeakTtsEngine, logoBox, renderSceneImage, renderVideo, resolveFfmpegPath, type Box, type ResolveAsset, type TtsEngine,
} from '../../../src/media/index.js';
import { runProcess } from '../../../src/process/index.js';
import type { Scene, Storyboard } from '../../../src/storyboard/index.js';

const ffmpegPath = resolveFfmpegPath();
const AVATAR = listAvatarLooks()[0]!.id;
const LOGO = { width: 300, height: 100 };
let tts: TtsEngine;
let dir: string;
let resolveAsset: ResolveAsset;

beforeAll(async () => {
  tts = new EspeakTtsEngine();
  dir = await mkdtemp(join(tmpdir(), 'ova-logo-video-'));
  const logo = createCanvas(LOGO.width, LOGO.height);
  const ctx = logo.getContext('2d');
  ctx.fillStyle = '#FF00FF';
  ctx.fillRect(0, 0, LOGO.width, LOGO.height);
  await writeFile(join(dir, 'logo.png'), await logo.encode('png'));
  const photo = createCanvas(800, 600);
  const pctx = photo.getContext('2d');
  const gradient = pctx.createLinearGradient(0, 0, 800, 600);
  gradient.addColorStop(0, '#EEEEEE');
  gradient.addColorStop(1, '#224466');
  pctx.fillStyle = gradient;
  pctx.fillRect(0, 0, 800, 600);
  await writeFile(join(dir, 'photo.png'), await photo.encode('png'));
  const assets: Record<string, { path: string; mimeType: string }> = {
    logo: { path: join(dir, 'logo.png'), mimeType: 'image/png' },
    photo: { path: join(dir, 'photo.png'), mimeType: 'image/png' },
  };
  resolveAsset = async (id) => {
    const asset = assets[id];
    if (!asset) throw new Error(`no asset ${id}`);
    return asset;
  };
});
afterAll(async () => {
  await tts.close();
  await rm(dir, { recursive: true, force: true });
});

function storyboard(orientation: Storyboard['orientation'], scenes: Scene[], logo: string | null): Storyboard {
  return {
    schema: 2, version: 1, title: 'Logo test', language: 'en', orientation, duration_target_sec: null,
    voice_id: 'espeak-en-us-female', avatar_id: AVATAR, style_id: 'midnight', pace: 1.3, music: null,
    captions: { enabled: true, style: 'default' }, scenes, brand: { colors: { primary: '#2A9D8F' }, font: 'Inter', logo_asset_id: logo },
  };
}

interface Rgb { width: number; height: number; data: Uint8Array | Uint8ClampedArray; channels: number }

async function videoFrame(path: string, t: number, width: number, height: number): Promise<Rgb> {
  const { stdout } = await runProcess(ffmpegPath, ['-hide_banner', '-nostdin', '-ss', t.toFixed(3), '-i', path, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-']);
  expect(stdout.length).toBe(width * height * 3);
  return { width, height, data: stdout, channels: 3 };
}

async function decoded(file: Buffer): Promise<Rgb> {
  const image = await loadImage(file);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  return { width: image.width, height: image.height, data: ctx.getImageData(0, 0, image.width, image.height).data, channels: 4 };
}

/** Share of the box's pixels (2 px in from its edges) that are the logo's magenta. */
function logoShare(image: Rgb, box: Box): number {
  let hits = 0;
  let total = 0;
  for (let y = Math.ceil(box.y + 2); y < box.y + box.height - 2; y += 1) {
    for (let x = Math.ceil(box.x + 2); x < box.x + box.width - 2; x += 1) {
      const i = (y * image.width + x) * image.channels;
      total += 1;
      if (image.data[i]! > 215 && image.data[i + 1]! < 50 && image.data[i + 2]! > 215) hits += 1;
    }
  }
  return hits / total;
}

/** Mean absolute difference per channel over a box of two same-sized images. */
function meanDiff(a: Rgb, b: Rgb, box: Box = { x: 0, y: 0, width: a.width, height: a.height }): number {
  let sum = 0;
  let n = 0;
  for (let y = Math.round(box.y); y < box.y + box.height; y += 1) {
    for (let x = Math.round(box.x); x < box.x + box.width; x += 1) {
      for (let c = 0; c < 3; c += 1) sum += Math.abs(a.data[(y * a.width + x) * a.channels + c]! - b.data[(y * b.width + x) * b.channels + c]!);
      n += 3;
    }
  }
  return sum / n;
}

describe('the brand logo in a rendered video', () => {
  it('is in every scene of a 1080p landscape video (over a moving photo too), and the review image is its first frame', async () => {
    const sb = storyboard('landscape', [
      { id: 'talk', layout: 'bullets', narration: 'Hello there.', headline: 'Points', bullets: ['One', 'Two'], presenter: 'side', transition: 'cut', duration_sec: 2 },
      { id: 'photo', layout: 'media', narration: '', headline: 'A photo', media: { asset_id: 'photo', fit: 'cover', motion: 'zoom_in' }, presenter: 'corner', transition: 'cut', duration_sec: 2 },
    ], 'logo');
    const out = await renderVideo(sb, { tts, workDir: await mkdtemp(join(dir, 'land-')), ffmpegPath, resolveAsset });
    const presenter = builtInPresenter(AVATAR)!;
    const logoIn = (placement: 'side' | 'corner') => logoBox(1920, 1080, LOGO, [presenter.box(placement, 1920, 1080)!])!;

    expect(logoShare(await decoded(await readFile(out.thumbnailPath)), logoIn('side'))).toBeGreaterThan(0.95);
    const first = await videoFrame(out.videoPath, 0, 1920, 1080);
    expect(logoShare(first, logoIn('side'))).toBeGreaterThan(0.95);
    const photoMiddle = await videoFrame(out.videoPath, out.scenes[1]!.start + out.scenes[1]!.duration / 2, 1920, 1080);
    expect(logoShare(photoMiddle, logoIn('corner'))).toBeGreaterThan(0.95);

    // The review image is the scene's first frame: slide, logo and the presenter at rest in its box.
    const review = await decoded(await renderSceneImage(sb, 0, { resolveAsset, scale: 1 }));
    const withoutPresenter = await decoded(await renderSceneImage({ ...sb, avatar_id: null }, 0, { resolveAsset, scale: 1 }));
    const box = presenter.box('side', 1920, 1080)!;
    expect(meanDiff(review, first)).toBeLessThan(4);
    expect(meanDiff(review, first, box)).toBeLessThan(6);
    expect(meanDiff(withoutPresenter, first, box)).toBeGreaterThan(20);
  });

  it('is in a 720p portrait video, and a missing logo asset renders without one', async () => {
    const scenes: Scene[] = [
      { id: 'list', layout: 'bullets', narration: '', headline: 'Points', bullets: ['One', 'Two'], presenter: 'corner', transition: 'cut', duration_sec: 2 },
    ];
    const box = logoBox(720, 1280, LOGO, [builtInPresenter(AVATAR)!.box('corner', 720, 1280)!])!;
    const branded = await renderVideo(storyboard('portrait', scenes, 'logo'), { tts, workDir: await mkdtemp(join(dir, 'port-')), ffmpegPath, resolveAsset, resolution: 720 });
    expect(logoShare(await videoFrame(branded.videoPath, 1, 720, 1280), box)).toBeGreaterThan(0.95);

    const missing = await renderVideo(storyboard('portrait', scenes, 'gone'), { tts, workDir: await mkdtemp(join(dir, 'gone-')), ffmpegPath, resolveAsset, resolution: 720 });
    const frame = await videoFrame(missing.videoPath, 1, 720, 1280);
    expect(logoShare(frame, box)).toBe(0);
    expect(meanDiff(frame, await videoFrame(branded.videoPath, 1, 720, 1280), box)).toBeGreaterThan(50);
  });
});
