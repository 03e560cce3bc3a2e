import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAvatarLooks } from '../../../src/avatars/index.js';
import {
  boxesOverlap, builtInPresenter, captionBand, contentBox, logoBox, renderSceneImage, type Box, type ResolveAsset,
} from '../../../src/media/index.js';
import type { Scene, Storyboard } from '../../../src/storyboard/index.js';

const MAGENTA: [number, number, number] = [255, 0, 255];
const LOGO = { width: 300, height: 100 };
let dir: string;
let resolveAsset: ResolveAsset;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ova-logo-'));
  const logo = createCanvas(LOGO.width, LOGO.height);
  const ctx = logo.getContext('2d');
  ctx.fillStyle = '#FF00FF';
  ctx.fillRect(0, 0, LOGO.width, LOGO.height);
  await writeFile(join(dir, 'logo.png'), await logo.encode('png'));
  const photo = createCanvas(800, 600);
  const pctx = photo.getContext('2d');
  pctx.fillStyle = '#3A7';
  pctx.fillRect(0, 0, 800, 600);
  await writeFile(join(dir, 'photo.png'), await photo.encode('png'));
  await writeFile(join(dir, 'junk.png'), 'not a picture');
  const assets: Record<string, { path: string; mimeType: string }> = {
    logo: { path: join(dir, 'logo.png'), mimeType: 'image/png' },
    photo: { path: join(dir, 'photo.png'), mimeType: 'image/png' },
    junk: { path: join(dir, 'junk.png'), mimeType: 'image/png' },
    doc: { path: join(dir, 'junk.png'), mimeType: 'text/plain' },
  };
  resolveAsset = async (id) => {
    const asset = assets[id];
    if (!asset) throw new Error(`no asset ${id}`);
    return asset;
  };
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

const AVATAR = listAvatarLooks()[0]!.id;
const SCENES: Scene[] = [
  { id: 'a', layout: 'title', narration: 'n', headline: 'A title long enough to wrap over two lines', presenter: 'none', transition: 'fade', duration_sec: 5 },
  { id: 'b', layout: 'bullets', narration: 'n', headline: 'Points', bullets: ['One', 'Two', 'Three'], presenter: 'side', transition: 'fade', duration_sec: 5 },
  { id: 'c', layout: 'media', narration: 'n', headline: 'Full bleed', media: { asset_id: 'photo', fit: 'cover', motion: 'none' }, presenter: 'corner', transition: 'cut', duration_sec: 5 },
  { id: 'd', layout: 'presenter', narration: 'n', headline: 'Talking point', presenter: 'full', transition: 'cut', duration_sec: 5 },
  { id: 'e', layout: 'stat', narration: 'n', stat: '42 %', headline: 'of people', presenter: 'none', transition: 'cut', duration_sec: 5 },
];

function storyboard(orientation: Storyboard['orientation'], logo: string | null): Storyboard {
  return {
    schema: 2, version: 1, title: 'Brand video', language: 'en', orientation, duration_target_sec: null,
    voice_id: 'v', avatar_id: AVATAR, style_id: 'clean', pace: 1, music: null, captions: { enabled: true, style: 'default' }, scenes: SCENES,
    brand: { colors: { primary: '#0F8A5F' }, font: 'Inter', logo_asset_id: logo },
  };
}

async function pixels(jpeg: Buffer): Promise<{ width: number; height: number; data: Uint8ClampedArray }> {
  const image = await loadImage(jpeg);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  return { width: image.width, height: image.height, data: ctx.getImageData(0, 0, image.width, image.height).data };
}

const near = (data: Uint8ClampedArray, i: number, [r, g, b]: [number, number, number], tolerance = 40) =>
  Math.abs(data[i]! - r) < tolerance && Math.abs(data[i + 1]! - g) < tolerance && Math.abs(data[i + 2]! - b) < tolerance;
const inside = (box: Box, x: number, y: number, margin = 0) =>
  x >= box.x - margin && x < box.x + box.width + margin && y >= box.y - margin && y < box.y + box.height + margin;

describe('the brand logo', () => {
  for (const orientation of ['landscape', 'portrait'] as const) {
    it(`is drawn at the top right of every ${orientation} scene, clear of headline, presenter and captions`, async () => {
      const [width, height] = orientation === 'portrait' ? [1080, 1920] : [1920, 1080];
      const branded = storyboard(orientation, 'logo');
      const plain = storyboard(orientation, null);
      const presenter = builtInPresenter(AVATAR)!;
      for (const [index, scene] of SCENES.entries()) {
        const presenterBox = scene.presenter === 'none' ? null : presenter.box(scene.presenter, width, height)!;
        const box = logoBox(width, height, LOGO, presenterBox ? [presenterBox] : [])!;
        // A tidy corner: top right, inside safe margins (5 %), its aspect kept, small.
        expect(box.x).toBeGreaterThan(width / 2);
        expect(box.x + box.width).toBeLessThanOrEqual(width * 0.95);
        expect(box.y).toBeGreaterThanOrEqual(height * 0.05);
        expect(box.y + box.height).toBeLessThan(height * 0.15);
        expect(box.width / box.height).toBeCloseTo(3, 2);
        expect(box.width * box.height).toBeLessThan(width * height * 0.01);
        // Slide content (every headline) lies in the content box; the presenter and captions in theirs.
        expect(boxesOverlap(box, contentBox(width, height, scene.presenter, scene.presenter !== 'none'))).toBe(false);
        expect(boxesOverlap(box, captionBand(width, height))).toBe(false);
        if (presenterBox) expect(boxesOverlap(box, presenterBox)).toBe(false);

        const withLogo = await pixels(await renderSceneImage(branded, index, { resolveAsset, scale: 1 }));
        const without = await pixels(await renderSceneImage(plain, index, { resolveAsset, scale: 1 }));
        let logoPixels = 0;
        let logoArea = 0;
        let changedElsewhere = 0;
        const ink = [0, 0];
        // The header row (title, scene counter) ends short of the logo, so it may move; nothing else may.
        const unit = Math.min(width, height) / 1080;
        const headerRow: Box = { x: 0, y: box.y - 8 * unit, width, height: box.height + 16 * unit };
        for (let y = 0; y < height; y += 2) {
          for (let x = 0; x < width; x += 2) {
            const i = (y * width + x) * 4;
            if (inside(box, x, y, -4)) {
              logoArea += 1;
              if (near(withLogo.data, i, MAGENTA)) logoPixels += 1;
            }
            if (inside(headerRow, x, y)) {
              // Header text: pixels unlike the background 40 units above them; all of the header without the
              // logo, and with it, only what is clear of the logo.
              const j = ((y - Math.round(40 * unit)) * width + x) * 4;
              const isInk = (image: { data: Uint8ClampedArray }) => Math.max(...[0, 1, 2].map((c) => Math.abs(image.data[i + c]! - image.data[j + c]!))) > 60;
              if (!inside(box, x, y, 24) && isInk(withLogo)) ink[0]! += 1;
              if (isInk(without)) ink[1]! += 1;
            } else if (!inside(box, x, y, 24) && !inside(headerRow, x, y)) {
              const d = Math.max(...[0, 1, 2].map((c) => Math.abs(withLogo.data[i + c]! - without.data[i + c]!)));
              if (d > 48) changedElsewhere += 1;
            }
          }
        }
        expect(logoPixels / logoArea, `scene ${index}`).toBeGreaterThan(0.97);
        expect(changedElsewhere, `scene ${index}`).toBe(0);
        // The header (storyboard title and scene counter) moves aside: none of it hides under the logo.
        if (ink[1]! > 50) expect(ink[0]! / ink[1]!, `scene ${index} header`).toBeGreaterThan(0.95);
      }
    });
  }

  it('keeps its place and aspect when the picture is large (drawn from a smaller copy)', async () => {
    const big = createCanvas(2400, 800);
    const ctx = big.getContext('2d');
    ctx.fillStyle = '#FF00FF';
    ctx.fillRect(0, 0, 2400, 800);
    await writeFile(join(dir, 'big.png'), await big.encode('png'));
    const bigAsset: ResolveAsset = async (id) => (id === 'big' ? { path: join(dir, 'big.png'), mimeType: 'image/png' } : resolveAsset(id));
    const image = await pixels(await renderSceneImage(storyboard('landscape', 'big'), 0, { resolveAsset: bigAsset, scale: 1 }));
    const box = logoBox(1920, 1080, LOGO)!;
    let hits = 0;
    let total = 0;
    for (let y = Math.ceil(box.y - 3); y < box.y + box.height + 3; y += 1) {
      for (let x = Math.ceil(box.x - 3); x < box.x + box.width + 3; x += 1) {
        const magenta = near(image.data, (y * 1920 + x) * 4, MAGENTA);
        if (inside(box, x, y, -4)) {
          total += 1;
          if (magenta) hits += 1;
        } else if (!inside(box, x, y, 2) && magenta) hits -= 1000;
      }
    }
    expect(hits / total).toBeGreaterThan(0.97);
  });

  it('is skipped when its asset is missing, unreadable or not an image, and the scene renders as without one', async () => {
    for (const orientation of ['landscape', 'portrait'] as const) {
      const plain = await renderSceneImage(storyboard(orientation, null), 1, { resolveAsset });
      for (const logo of ['gone', 'junk', 'doc']) {
        const image = await renderSceneImage(storyboard(orientation, logo), 1, { resolveAsset });
        expect(image.equals(plain), `${orientation} ${logo}`).toBe(true);
      }
    }
  });
});
