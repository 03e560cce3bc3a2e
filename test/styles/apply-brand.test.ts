import { describe, expect, it } from 'vitest';
import { applyBrand, contrastRatio, getStyle, type Style } from '../../src/styles/index.js';
import type { Storyboard } from '../../src/storyboard/index.js';

const clean = (): Style => getStyle('clean')!;
const midnight = (): Style => getStyle('midnight')!;

describe('applyBrand', () => {
  it('uses a readable brand palette as given: primary as accent, the kit’s background and text', () => {
    const style = applyBrand(clean(), { colors: { primary: '#1D4ED8', background: '#FFFFFF', text: '#111111' }, font: 'Inter' });
    expect(style.palette.accent).toBe('#1D4ED8');
    expect(style.palette.background).toBe('#FFFFFF');
    expect(style.palette.text).toBe('#111111');
    expect(style.style_id).toBe('clean');
  });

  it('darkens a pale primary on a light background until it reads (3:1), keeping its hue', () => {
    const style = applyBrand(clean(), { colors: { primary: '#FDE68A' }, font: 'Inter' });
    expect(style.palette.accent).not.toBe('#FDE68A');
    expect(contrastRatio(style.palette.accent, style.palette.background)).toBeGreaterThanOrEqual(3);
    const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(style.palette.accent.slice(i, i + 2), 16));
    expect(r!).toBeGreaterThan(b!);
    expect(g!).toBeGreaterThan(b!);
  });

  it('replaces text that would vanish on the brand background with readable ink (4.5:1)', () => {
    const style = applyBrand(clean(), { colors: { primary: '#22C55E', background: '#0B0B0B', text: '#111111' }, font: 'Inter' });
    expect(style.palette.background).toBe('#0B0B0B');
    expect(contrastRatio(style.palette.text, style.palette.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(style.palette.mutedText, style.palette.background)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(style.palette.accent, style.palette.background)).toBeGreaterThanOrEqual(3);
  });

  it('keeps the style’s own background and gradient when the kit has none', () => {
    const style = applyBrand(midnight(), { colors: { primary: '#F97316' }, font: 'Inter' });
    expect(style.palette.background).toBe(midnight().palette.background);
    expect(style.palette.backgroundAlt).toBe(midnight().palette.backgroundAlt);
    expect(style.palette.accent).toBe('#F97316');
  });

  it('highlights spoken caption words in the brand colour only when it reads on the caption box', () => {
    expect(applyBrand(clean(), { colors: { primary: '#F97316' }, font: 'Inter' }).captions.highlight).toBe('#F97316');
    // A navy primary on clean's dark navy caption box would be invisible: the style's highlight stays.
    expect(applyBrand(clean(), { colors: { primary: '#1E293B' }, font: 'Inter' }).captions.highlight).toBe(clean().captions.highlight);
  });

  it('sets the kit’s font for headings and body', () => {
    expect(applyBrand(clean(), { colors: { primary: '#F97316' }, font: 'Inter' }).fonts).toEqual({ heading: 'Inter', body: 'Inter' });
  });

  it('ignores colours that do not parse and returns the style unchanged without a brand', () => {
    const style = applyBrand(clean(), { colors: { primary: 'not-a-colour', background: '#12' }, font: 'Inter' });
    expect(style.palette).toEqual(clean().palette);
    expect(applyBrand(clean(), null)).toEqual(clean());
  });

  it('takes a storyboard’s brand as it is stored, as the renderer will pass it', () => {
    const brand: Storyboard['brand'] = { colors: { primary: '#d97706', background: '#fffbeb' }, font: 'Inter', logo_asset_id: 'asset_1' };
    const style = applyBrand(clean(), brand);
    expect(style.palette.background).toBe('#FFFBEB');
    expect(contrastRatio(style.palette.accent, style.palette.background)).toBeGreaterThanOrEqual(3);
    expect(applyBrand(clean(), undefined)).toEqual(clean());
  });

  it('does not change the style it is given', () => {
    const original = clean();
    applyBrand(original, { colors: { primary: '#F97316', background: '#000000' }, font: 'Inter' });
    expect(original).toEqual(clean());
  });
});
