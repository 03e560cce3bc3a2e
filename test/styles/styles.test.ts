import { GlobalFonts, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STYLE_ID, getStyle, listStyles, renderStyleThumbnail } from '../../src/media/index.js';
import { bundledFontFiles, registerBundledFonts } from '../../src/styles/index.js';

describe('styles', () => {
  it('offers at least three distinct looks, the default among them', () => {
    const styles = listStyles();
    expect(styles.length).toBeGreaterThanOrEqual(3);
    expect(new Set(styles.map((s) => s.style_id)).size).toBe(styles.length);
    expect(new Set(styles.map((s) => s.palette.background)).size).toBe(styles.length);
    expect(styles.map((s) => s.style_id)).toEqual(expect.arrayContaining(['clean', 'midnight', 'bold']));
    expect(getStyle(DEFAULT_STYLE_ID)?.style_id).toBe(DEFAULT_STYLE_ID);
    expect(getStyle('no-such-style')).toBeUndefined();
  });

  it('hands out copies, so a caller cannot change the table', () => {
    const style = getStyle('clean')!;
    style.palette.background = '#FF0000';
    expect(getStyle('clean')!.palette.background).not.toBe('#FF0000');
  });

  it('uses only font families registered from the bundled Inter files', () => {
    registerBundledFonts();
    expect(bundledFontFiles().length).toBeGreaterThan(3);
    const families = GlobalFonts.families.map((f) => f.family);
    for (const style of listStyles()) {
      expect(families).toContain(style.fonts.heading);
      expect(families).toContain(style.fonts.body);
    }
  });

  it('renders a 480×270 JPEG thumbnail for every style, each different', async () => {
    const thumbnails = await Promise.all(listStyles().map((s) => renderStyleThumbnail(s.style_id)));
    for (const jpeg of thumbnails) {
      expect(jpeg.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
      const image = await loadImage(jpeg);
      expect([image.width, image.height]).toEqual([480, 270]);
    }
    expect(new Set(thumbnails.map((t) => t.toString('base64'))).size).toBe(thumbnails.length);
    await expect(renderStyleThumbnail('nope')).rejects.toThrow(/Unknown style/);
  });
});
