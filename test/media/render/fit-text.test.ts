import { createCanvas } from '@napi-rs/canvas';
import { beforeAll, describe, expect, it } from 'vitest';
import { fitText, wrapText } from '../../../src/media/index.js';
import { registerBundledFonts } from '../../../src/styles/index.js';

const ctx = createCanvas(10, 10).getContext('2d');
const font = (size: number) => `800 ${size}px Inter`;
beforeAll(() => registerBundledFonts());

function assertInside(fitted: ReturnType<typeof fitText>, box: { width: number; height: number }) {
  ctx.font = fitted.font;
  for (const line of fitted.paragraphs.flat()) expect(ctx.measureText(line).width + fitted.indent).toBeLessThanOrEqual(box.width + 0.01);
  expect(fitted.height).toBeLessThanOrEqual(box.height + 0.01);
}

describe('fitText', () => {
  it('never breaks a line between a short figure and its word (“1 April”, “12. Januar”)', () => {
    ctx.font = font(80);
    const width = ctx.measureText('Launches on 1').width + 4;
    const lines = wrapText(ctx, 'Launches on 1 April', width);
    expect(lines).toEqual(['Launches on', '1 April']);
    expect(wrapText(ctx, 'am Montag, dem 12. Januar', ctx.measureText('am Montag, dem 12.').width + 4)).toEqual(['am Montag, dem', '12. Januar']);
    // A held pair wider than a line is still placed, word by word.
    expect(wrapText(ctx, '1 April', ctx.measureText('April').width + 2)).toEqual(['1', 'April']);
  });

  it('uses the largest size for a short headline', () => {
    const fitted = fitText(ctx, 'Hello', { width: 1600, height: 600 }, { font, maxSize: 120, minSize: 40, lineHeight: 1.1 });
    expect(fitted.size).toBe(120);
    expect(fitted.paragraphs).toEqual([['Hello']]);
  });

  it('shrinks a long headline until it fits, keeping every word', () => {
    const text = 'Sunlight into electricity, explained in one minute for everyone who ever wondered how panels work';
    const box = { width: 1200, height: 400 };
    const fitted = fitText(ctx, text, box, { font, maxSize: 128, minSize: 30, lineHeight: 1.1 });
    expect(fitted.size).toBeLessThan(128);
    expect(fitted.truncated).toBe(false);
    expect(fitted.paragraphs.flat().join(' ')).toBe(text);
    assertInside(fitted, box);
  });

  it('never exceeds its box for very long headlines, breaking long words and cutting with an ellipsis', () => {
    const word = 'Supercalifragilisticexpialidocious'.repeat(6);
    const text = `${word} ${'and many many more words follow here '.repeat(12)}`;
    const box = { width: 700, height: 300 };
    const fitted = fitText(ctx, text, box, { font, maxSize: 120, minSize: 36, lineHeight: 1.1 });
    assertInside(fitted, box);
    expect(fitted.truncated).toBe(true);
    expect(fitted.paragraphs.flat().at(-1)).toMatch(/…$/);
  });

  it('fits many long bullets with one shared size and their indent inside the box', () => {
    const bullets = Array.from({ length: 8 }, (_, i) => `Point ${i + 1}: ${'a long bullet that keeps going '.repeat(3)}`);
    const box = { width: 900, height: 500 };
    const fitted = fitText(ctx, bullets, box, { font, maxSize: 60, minSize: 10, lineHeight: 1.3, paragraphGap: 0.7, indent: 1.5 });
    expect(fitted.paragraphs).toHaveLength(8);
    expect(fitted.truncated).toBe(false);
    assertInside(fitted, box);
  });

  it('respects maxLines and prefers a smaller size to splitting a word', () => {
    const box = { width: 500, height: 1000 };
    const fitted = fitText(ctx, '173,000 TW', box, { font, maxSize: 300, minSize: 40, lineHeight: 1.05, maxLines: 2 });
    expect(fitted.brokeWords).toBe(false);
    expect(fitted.paragraphs.flat()).toEqual(['173,000', 'TW']);
    assertInside(fitted, box);
  });
});

describe('wrapText', () => {
  it('breaks a word wider than the line into pieces that fit', () => {
    ctx.font = font(40);
    const lines = wrapText(ctx, 'x'.repeat(200), 300);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('x'.repeat(200));
    for (const line of lines) expect(ctx.measureText(line).width).toBeLessThanOrEqual(300);
  });
});
