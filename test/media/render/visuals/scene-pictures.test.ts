import { createCanvas, loadImage, type Image } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { contentBox, drawChart, renderSceneImage, visualSlot, chartLookFor } from '../../../../src/media/index.js';
import type { ChartData, Scene, SceneVisual, Storyboard } from '../../../../src/storyboard/index.js';
import { getStyle } from '../../../../src/styles/index.js';

const illustration = (id: string): SceneVisual => ({ kind: 'illustration', source: { provider: 'fluent-emoji-flat', id }, attribution: 'Fluent Emoji by Microsoft (MIT)', licence: 'MIT' });
const chart = (data: ChartData): SceneVisual => ({ kind: 'chart', chart: data });

const SCENES: Scene[] = [
  { id: 'a', layout: 'title', narration: 'n', headline: 'Why bees matter', visual: illustration('honeybee'), presenter: 'none', transition: 'fade', duration_sec: 5 },
  { id: 'b', layout: 'presenter', narration: 'n', headline: 'A talking point', visual: illustration('rocket'), presenter: 'none', transition: 'cut', duration_sec: 5 },
  { id: 'c', layout: 'quote', narration: 'n', headline: 'A quote to remember.', visual: illustration('speech-balloon'), presenter: 'none', transition: 'cut', duration_sec: 5 },
  { id: 'd', layout: 'cta', narration: 'n', headline: 'Sign up', bullets: ['example.com'], visual: illustration('party-popper'), presenter: 'none', transition: 'cut', duration_sec: 5 },
  { id: 'e', layout: 'bullets', narration: 'n', headline: 'Points', bullets: ['One', 'Two'], visual: { ...illustration('clipboard'), bullet_icons: ['flower', 'hotel'] }, presenter: 'none', transition: 'cut', duration_sec: 5 },
  { id: 'f', layout: 'stat', narration: 'n', headline: 'Fewer lost', visual: chart({ type: 'bar', suffix: '%', items: [{ label: 'Before', value: 40 }, { label: 'After', value: 28 }] }), presenter: 'none', transition: 'cut', duration_sec: 5 },
  { id: 'g', layout: 'stat', narration: 'n', headline: 'At risk', visual: chart({ type: 'donut', suffix: '%', items: [{ label: '', value: 42 }] }), presenter: 'none', transition: 'cut', duration_sec: 5 },
  { id: 'h', layout: 'stat', narration: 'n', headline: 'Revenue', visual: chart({ type: 'counter', prefix: '$', suffix: 'M', items: [{ label: 'revenue', value: 4.2 }] }), presenter: 'none', transition: 'cut', duration_sec: 5 },
  { id: 'i', layout: 'presenter', narration: 'n', headline: 'Offices', visual: chart({ type: 'places', items: [{ label: 'Lisbon', value: 1 }, { label: 'Seoul', value: 2 }] }), presenter: 'none', transition: 'cut', duration_sec: 5 },
  { id: 'j', layout: 'presenter', narration: 'n', headline: 'Growth', visual: chart({ type: 'line', items: [{ label: '2022', value: 3 }, { label: '2023', value: 5 }, { label: '2024', value: 9 }] }), presenter: 'none', transition: 'cut', duration_sec: 5 },
];

function storyboard(orientation: Storyboard['orientation'], scenes: Scene[] = SCENES): Storyboard {
  return {
    schema: 2, version: 1, title: 'Pictures', language: 'en', orientation, duration_target_sec: null, voice_id: 'v', avatar_id: null,
    style_id: 'clean', pace: 1, music: null, captions: { enabled: true, style: 'default' }, scenes,
  };
}

/** The pixels of an image drawn at `scale` of the frame, inside a box of the frame. */
function pixels(image: Image, box: { x: number; y: number; width: number; height: number }, scale: number): Uint8ClampedArray {
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  return ctx.getImageData(Math.round(box.x * scale), Math.round(box.y * scale), Math.round(box.width * scale), Math.round(box.height * scale)).data;
}

/** The share of pixels that differ clearly between two equal-sized pixel arrays. */
function changed(a: Uint8ClampedArray, b: Uint8ClampedArray): number {
  let count = 0;
  for (let i = 0; i < a.length; i += 4) if (Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!) > 60) count += 1;
  return count / (a.length / 4);
}

describe('pictures on slides', () => {
  for (const orientation of ['landscape', 'portrait'] as const) {
    it(`draws every kind of picture in its slot (${orientation})`, async () => {
      const sb = storyboard(orientation);
      const [width, height] = orientation === 'portrait' ? [1080, 1920] : [1920, 1080];
      const bare = storyboard(orientation, SCENES.map(({ visual: _v, ...scene }) => scene));
      const resolveAsset = async () => { throw new Error('no assets'); };
      for (const [index, scene] of sb.scenes.entries()) {
        const area = contentBox(width, height, 'none', false);
        const slot = visualSlot(scene, area, { portrait: orientation === 'portrait', unit: Math.min(width, height) / 1080 }).picture;
        expect(slot, scene.id).not.toBeNull();
        const [withPicture, without] = await Promise.all([sb, bare].map(async (s) => loadImage(await renderSceneImage(s, index, { resolveAsset, scale: 0.25 }))));
        // The slot holds a picture: a good part of it differs from the same slide drawn without one.
        expect(changed(pixels(withPicture!, slot!, 0.25), pixels(without!, slot!, 0.25)), scene.id).toBeGreaterThan(0.02);
      }
    });
  }
});

describe('charts follow the data', () => {
  /** Height in pixels of the bar standing at column x: the run of non-white pixels going up from the baseline. */
  function barHeight(data: Uint8ClampedArray, width: number, x: number, base: number): number {
    let y = base - 2;
    while (y > 0 && data[(y * width + x) * 4]! < 250) y -= 1;
    return base - 2 - y;
  }

  it('draws a taller bar for a larger value, and grows bars from nothing', () => {
    const style = { ...getStyle('clean')!, palette: { ...getStyle('clean')!.palette, background: '#FFFFFF' } };
    const look = chartLookFor({ style, storyboard: storyboard('landscape'), width: 1920, height: 1080 });
    const box = { x: 0, y: 0, width: 800, height: 600 };
    const draw = (items: ChartData['items'], progress: number) => {
      const canvas = createCanvas(800, 600);
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = '#FFFFFF';
      ctx.fillRect(0, 0, 800, 600);
      drawChart(ctx, { type: 'bar', items }, box, look, progress);
      return ctx.getImageData(0, 0, 800, 600).data;
    };
    // Labels take the bottom 64 px; bars stand on the baseline above them, centred in halves of the box.
    const base = 600 - 64;
    const full = draw([{ label: 'a', value: 10 }, { label: 'b', value: 40 }], 1);
    const small = barHeight(full, 800, 200, base);
    const large = barHeight(full, 800, 600, base);
    expect(small).toBeGreaterThan(20);
    expect(large / small).toBeGreaterThan(3.5);
    expect(large / small).toBeLessThan(4.5);
    const start = draw([{ label: 'a', value: 10 }, { label: 'b', value: 40 }], 0);
    expect(barHeight(start, 800, 600, base)).toBeLessThan(4);
  });
});
