import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { renderSceneImage } from '../../../src/media/index.js';
import type { Storyboard } from '../../../src/storyboard/index.js';

const base: Storyboard = {
  schema: 2, version: 1, title: 'Brand', language: 'en', orientation: 'landscape', duration_target_sec: null, voice_id: 'v', avatar_id: null,
  style_id: 'clean', pace: 1, music: null, captions: { enabled: true, style: 'default' },
  scenes: [{ id: 'a', layout: 'stat', narration: 'n', stat: '42%', headline: 'of teams ship weekly', presenter: 'none', transition: 'cut', duration_sec: 3 }],
};

/** Counts pixels close to an RGB colour in a decoded JPEG. */
async function pixelsNear(jpeg: Buffer, [r, g, b]: [number, number, number]): Promise<number> {
  const image = await loadImage(jpeg);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const data = ctx.getImageData(0, 0, image.width, image.height).data;
  let count = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (Math.abs(data[i]! - r) < 24 && Math.abs(data[i + 1]! - g) < 24 && Math.abs(data[i + 2]! - b) < 24) count++;
  }
  return count;
}

describe('a storyboard with a brand', () => {
  it('is drawn in the brand’s colours', async () => {
    const noResolve = async () => {
      throw new Error('no media in this storyboard');
    };
    const plain = await renderSceneImage(base, 0, { resolveAsset: noResolve });
    const branded = await renderSceneImage({ ...base, brand: { colors: { primary: '#0f8a5f' }, font: 'Inter', logo_asset_id: null } }, 0, { resolveAsset: noResolve });
    const green: [number, number, number] = [0x0f, 0x8a, 0x5f];
    expect(await pixelsNear(plain, green)).toBeLessThan(50);
    expect(await pixelsNear(branded, green)).toBeGreaterThan(500);
  });
});
