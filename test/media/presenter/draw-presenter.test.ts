import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { listAvatarLooks } from '../../../src/avatars/index.js';
import { drawPresenter, MOUTH_SHAPES, presenterBoxFor, presenterPose, type PresenterBox } from '../../../src/media/presenter/index.js';
import { presenterBox } from '../../../src/media/render/index.js';

const W = 400;
const H = 300;

function alphaOutside(data: Uint8ClampedArray, box: PresenterBox): number {
  let worst = 0;
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const inside = x >= Math.floor(box.x) && x < Math.ceil(box.x + box.width) && y >= Math.floor(box.y) && y < Math.ceil(box.y + box.height);
      if (!inside) worst = Math.max(worst, data[(y * W + x) * 4 + 3]!);
    }
  }
  return worst;
}

describe('drawPresenter', () => {
  it('draws every look inside its box only, leaving the rest of the canvas transparent', () => {
    const box = { x: 130.5, y: 40.25, width: 150, height: 175 };
    for (const look of listAvatarLooks()) {
      const canvas = createCanvas(W, H);
      const ctx = canvas.getContext('2d');
      // A strong tilt and offset push the head and hair against the box edges.
      const pose = { ...presenterPose(look, [], 1, 'x'), headTilt: 0.1, headX: 0.05, headY: -0.05, mouth: 'D' as const };
      drawPresenter(ctx, look, pose, box);
      const data = ctx.getImageData(0, 0, W, H).data;
      expect(alphaOutside(data, box), look.id).toBe(0);
      // And something substantial inside: at least a third of the box is painted.
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
      expect(painted, look.id).toBeGreaterThan((box.width * box.height) / 3);
    }
  });

  it('leaves the box background transparent around the figure (for compositing)', () => {
    const look = listAvatarLooks()[0]!;
    const canvas = createCanvas(W, H);
    const ctx = canvas.getContext('2d');
    drawPresenter(ctx, look, presenterPose(look, [], 0, 'x'), { x: 0, y: 0, width: W, height: H });
    const data = ctx.getImageData(0, 0, W, H).data;
    // The top corners of a bust framing are empty.
    expect(data[3]).toBe(0);
    expect(data[(W - 1) * 4 + 3]).toBe(0);
    // The bottom centre (the chest) is solid.
    expect(data[((H - 2) * W + W / 2) * 4 + 3]).toBe(255);
  });

  it('draws each of the nine mouth shapes differently', () => {
    const look = listAvatarLooks()[2]!;
    const images = MOUTH_SHAPES.map((mouth) => {
      const canvas = createCanvas(300, 350);
      const ctx = canvas.getContext('2d');
      drawPresenter(ctx, look, { ...presenterPose(look, [], 0, 'x'), blink: 0, mouth }, { x: 0, y: 0, width: 300, height: 350 });
      return Buffer.from(ctx.getImageData(0, 0, 300, 350).data);
    });
    for (let i = 0; i < images.length; i++) for (let j = i + 1; j < images.length; j++) expect(images[i]!.equals(images[j]!), `${MOUTH_SHAPES[i]} vs ${MOUTH_SHAPES[j]}`).toBe(false);
  });

  it('closes the eyes when blinking', () => {
    const look = listAvatarLooks()[0]!;
    const draw = (blink: number) => {
      const canvas = createCanvas(300, 350);
      const ctx = canvas.getContext('2d');
      drawPresenter(ctx, look, { ...presenterPose(look, [], 0, 'x'), blink }, { x: 0, y: 0, width: 300, height: 350 });
      return Buffer.from(ctx.getImageData(0, 0, 300, 350).data);
    };
    expect(draw(0).equals(draw(1))).toBe(false);
  });

  it('leaves the context as it found it (transform, clip, styles)', () => {
    const look = listAvatarLooks()[5]!;
    const canvas = createCanvas(W, H);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#123456';
    ctx.globalAlpha = 0.8;
    drawPresenter(ctx, look, presenterPose(look, [], 0, 'x'), { x: 10, y: 10, width: 100, height: 120 });
    expect(ctx.getTransform().isIdentity).toBe(true);
    expect(ctx.fillStyle).toBe('#123456');
    expect(ctx.globalAlpha).toBeCloseTo(0.8);
    // Not clipped to the presenter's box any more.
    ctx.globalAlpha = 1;
    ctx.fillRect(W - 5, H - 5, 5, 5);
    expect(ctx.getImageData(W - 1, H - 1, 1, 1).data[3]).toBe(255);
  });

  it('ignores an empty box', () => {
    const canvas = createCanvas(10, 10);
    const ctx = canvas.getContext('2d');
    const look = listAvatarLooks()[0]!;
    drawPresenter(ctx, look, presenterPose(look, [], 0, 'x'), { x: 0, y: 0, width: 0, height: 10 });
    expect(ctx.getImageData(0, 0, 10, 10).data.every((v) => v === 0)).toBe(true);
  });
});

describe('presenterBoxFor', () => {
  const frames = [
    [1920, 1080],
    [1280, 720],
    [1080, 1920],
    [720, 1280],
  ] as const;

  it.each(frames)('keeps every placement inside a %i×%i frame', (width, height) => {
    for (const placement of ['full', 'side', 'corner'] as const) {
      const box = presenterBoxFor(placement, width, height);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width + 1e-9);
      expect(box.y + box.height).toBeLessThanOrEqual(height + 1e-9);
      expect(box.width * box.height).toBeGreaterThan(0.04 * width * height);
    }
  });

  it.each(frames)('agrees with the slide layout\'s reserved area for side and corner (%i×%i)', (width, height) => {
    expect(presenterBoxFor('side', width, height)).toEqual(presenterBox(width, height, 'side'));
    expect(presenterBoxFor('corner', width, height)).toEqual(presenterBox(width, height, 'corner'));
  });

  it('makes full the largest, corner the smallest', () => {
    for (const [width, height] of frames) {
      const area = (placement: 'full' | 'side' | 'corner') => {
        const box = presenterBoxFor(placement, width, height);
        return box.width * box.height;
      };
      expect(area('full')).toBeGreaterThan(area('corner'));
      expect(area('side')).toBeGreaterThan(area('corner'));
    }
  });
});
