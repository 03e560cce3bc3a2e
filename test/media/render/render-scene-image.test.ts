import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { afterAll, describe, expect, it } from 'vitest';
import { createPhotoPresenterLayer, listAvatarLooks } from '../../../src/avatars/index.js';
import { builtInPresenter, planTimeline, renderSceneImage, type Box } from '../../../src/media/index.js';
import type { Scene, Storyboard } from '../../../src/storyboard/index.js';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

const LAYOUT_SCENES: Scene[] = [
  { id: 'a', layout: 'title', narration: 'n', headline: 'A title', presenter: 'none', transition: 'fade', duration_sec: 5 },
  { id: 'b', layout: 'bullets', narration: 'n', headline: 'Points', bullets: ['One', 'Two', 'Three'], presenter: 'none', transition: 'fade', duration_sec: 5 },
  { id: 'c', layout: 'quote', narration: 'n', headline: 'A quote to remember.', attribution: 'Someone', presenter: 'none', transition: 'cut', duration_sec: 5 },
  { id: 'd', layout: 'stat', narration: 'n', stat: '42 %', headline: 'of people', presenter: 'none', transition: 'cut', duration_sec: 5 },
  { id: 'e', layout: 'media', narration: 'n', headline: 'A photo', media: { asset_id: 'img', fit: 'contain', motion: 'none' }, presenter: 'none', transition: 'cut', duration_sec: 5 },
  { id: 'f', layout: 'media', narration: 'n', headline: 'Full bleed', media: { asset_id: 'img', fit: 'cover', motion: 'none' }, presenter: 'none', transition: 'slide', duration_sec: 5 },
  { id: 'g', layout: 'presenter', narration: 'n', headline: 'Talking point', presenter: 'side', transition: 'cut', duration_sec: 5 },
  { id: 'h', layout: 'cta', narration: 'n', headline: 'Sign up today', bullets: ['example.com'], presenter: 'none', transition: 'fade', duration_sec: 5 },
];

function storyboard(orientation: Storyboard['orientation'], scenes: Scene[]): Storyboard {
  return {
    schema: 2, version: 1, title: 'Preview', language: 'en', orientation, duration_target_sec: null, voice_id: 'v', avatar_id: null,
    style_id: 'bold', pace: 1, music: null, captions: { enabled: true, style: 'default' }, scenes,
  };
}

async function imageAsset(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ova-asset-'));
  dirs.push(dir);
  const canvas = createCanvas(800, 600);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#3A7';
  ctx.fillRect(0, 0, 800, 600);
  const path = join(dir, 'photo.png');
  await writeFile(path, await canvas.encode('png'));
  return path;
}

describe('renderSceneImage', () => {
  it('draws every layout of a 60-second storyboard as half-size JPEGs in well under a few seconds', async () => {
    const photo = await imageAsset();
    const sb = storyboard('landscape', [...LAYOUT_SCENES, ...LAYOUT_SCENES.slice(0, 4)].map((s, i) => ({ ...s, id: `s${i}` })));
    const resolveAsset = async () => ({ path: photo, mimeType: 'image/png' });
    await renderSceneImage(sb, 0, { resolveAsset }); // fonts registered once
    const started = performance.now();
    const images = await Promise.all(sb.scenes.map((_, i) => renderSceneImage(sb, i, { resolveAsset })));
    const ms = performance.now() - started;
    console.info(`${sb.scenes.length} scene previews (60 s storyboard) in ${ms.toFixed(0)} ms`);
    // Target is < 1 s; the bound is loose because the test machine is shared.
    expect(ms).toBeLessThan(3000);
    const first = await loadImage(images[0]!);
    expect([first.width, first.height]).toEqual([960, 540]);
  });

  it('draws portrait previews and rejects a scene index out of range', async () => {
    const sb = storyboard('portrait', LAYOUT_SCENES.slice(0, 2));
    const image = await loadImage(await renderSceneImage(sb, 1, { resolveAsset: async () => { throw new Error('unused'); }, scale: 1 }));
    expect([image.width, image.height]).toEqual([1080, 1920]);
    await expect(renderSceneImage(sb, 5, { resolveAsset: async () => { throw new Error('unused'); } })).rejects.toBeInstanceOf(RangeError);
  });
});

async function rgba(jpeg: Buffer): Promise<{ width: number; data: Uint8ClampedArray }> {
  const image = await loadImage(jpeg);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  return { width: image.width, data: ctx.getImageData(0, 0, image.width, image.height).data };
}

/** Mean absolute difference per channel of two same-sized images over a box. */
function meanDiff(a: { width: number; data: Uint8ClampedArray }, b: { width: number; data: Uint8ClampedArray }, box: Box): number {
  let sum = 0;
  let n = 0;
  for (let y = Math.round(box.y); y < box.y + box.height; y += 1) {
    for (let x = Math.round(box.x); x < box.x + box.width; x += 1) {
      const i = (y * a.width + x) * 4;
      for (let c = 0; c < 3; c += 1) sum += Math.abs(a.data[i + c]! - b.data[i + c]!);
      n += 3;
    }
  }
  return sum / n;
}

describe('renderSceneImage with a presenter', () => {
  const avatar = listAvatarLooks()[0]!.id;
  const scenes: Scene[] = [
    { id: 'p', layout: 'presenter', narration: 'n', headline: 'Talking point', presenter: 'side', transition: 'cut', duration_sec: 5 },
    { id: 'q', layout: 'bullets', narration: 'n', headline: 'Points', bullets: ['One', 'Two'], presenter: 'corner', transition: 'cut', duration_sec: 5 },
    { id: 'r', layout: 'stat', narration: 'n', stat: '7', headline: 'days', presenter: 'none', transition: 'cut', duration_sec: 5 },
  ];
  const unused = async () => {
    throw new Error('unused');
  };

  it('draws the storyboard’s presenter in its box, in landscape and portrait', async () => {
    for (const orientation of ['landscape', 'portrait'] as const) {
      const [width, height] = orientation === 'portrait' ? [1080, 1920] : [1920, 1080];
      const sb = { ...storyboard(orientation, scenes), avatar_id: avatar };
      for (const [index, placement] of [[0, 'side'], [1, 'corner']] as const) {
        const box = builtInPresenter(avatar)!.box(placement, width, height)!;
        const withPresenter = await rgba(await renderSceneImage(sb, index, { resolveAsset: unused, scale: 1 }));
        const without = await rgba(await renderSceneImage({ ...sb, avatar_id: null }, index, { resolveAsset: unused, scale: 1 }));
        expect(meanDiff(withPresenter, without, box), `${orientation} ${placement}`).toBeGreaterThan(20);
      }
      // No presenter in the scene, or a look that does not exist: the image is as without an avatar.
      const plain = await renderSceneImage({ ...sb, avatar_id: null }, 2, { resolveAsset: unused });
      expect((await renderSceneImage(sb, 2, { resolveAsset: unused })).equals(plain)).toBe(true);
      const unknown = await renderSceneImage({ ...sb, avatar_id: 'no-such-look' }, 0, { resolveAsset: unused });
      expect(unknown.equals(await renderSceneImage({ ...sb, avatar_id: null }, 0, { resolveAsset: unused }))).toBe(true);
    }
  });

  it('draws a photo avatar through the presenter layer it is given', async () => {
    const portrait = createCanvas(400, 400);
    const ctx = portrait.getContext('2d');
    ctx.fillStyle = '#00C8FF';
    ctx.fillRect(0, 0, 400, 400);
    const image = await loadImage(await portrait.encode('png'));
    const layer = createPhotoPresenterLayer({ id: 'photo_1', image_sha256: null }, image);
    const sb = { ...storyboard('landscape', scenes), avatar_id: 'photo_1' };
    const review = await rgba(await renderSceneImage(sb, 0, { resolveAsset: unused, scale: 1, presenterFor: (id) => (id === 'photo_1' ? layer : null) }));
    const box = layer.box('side', 1920, 1080)!;
    // The middle of the photo's circle is the portrait's colour.
    let cyan = 0;
    let total = 0;
    for (let y = box.y + box.height * 0.35; y < box.y + box.height * 0.65; y += 2) {
      for (let x = box.x + box.width * 0.35; x < box.x + box.width * 0.65; x += 2) {
        const i = (Math.round(y) * review.width + Math.round(x)) * 4;
        total += 1;
        if (review.data[i]! < 40 && Math.abs(review.data[i + 1]! - 0xc8) < 30 && review.data[i + 2]! > 215) cyan += 1;
      }
    }
    expect(cyan / total).toBeGreaterThan(0.95);
  });
});

describe('planTimeline', () => {
  it('pads narration with a lead-in and tail, keeps silent scenes at 2 s and snaps to frames', () => {
    const timeline = planTimeline([
      { narrationSec: 1.5, transition: 'fade' },
      { narrationSec: null, transition: 'fade' },
      { narrationSec: 0.01, transition: 'cut' },
    ]);
    expect(timeline[0]!.frames).toBe(Math.ceil((0.25 + 1.5 + 0.45) * 30));
    expect(timeline[0]!.narrationStart).toBeCloseTo(0.25, 5);
    expect(timeline[1]!.duration).toBe(2);
    expect(timeline[1]!.startFrame).toBe(timeline[0]!.frames);
    expect(timeline[1]!.transitionFrames).toBe(15);
    expect(timeline[2]!.duration).toBe(2);
    expect(timeline[2]!.transitionFrames).toBe(0);
    for (const scene of timeline) expect(Number.isInteger(scene.frames)).toBe(true);
  });
});
