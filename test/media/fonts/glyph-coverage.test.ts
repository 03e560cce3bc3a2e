import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { chainCoverage, fallbackChain, familyCovers, storyboardGlyphCoverage, withStoryboardFonts } from '../../../src/media/fonts/index.js';

const sb = (title: string, narration: string, language: string) => ({ title, language, scenes: [{ id: 's1', layout: 'title' as const, narration, headline: title, presenter: 'none' as const, transition: 'fade' as const, duration_sec: 3 }] });

describe('fonts for every script', () => {
  it('reads character maps: Inter has Cyrillic, not kana; Noto Sans JP has kana', () => {
    expect(familyCovers('Inter', 'Ж'.codePointAt(0)!)).toBe(true);
    expect(familyCovers('Inter', 'パ'.codePointAt(0)!)).toBe(false);
    expect(familyCovers('Noto Sans JP', 'パ'.codePointAt(0)!)).toBe(true);
  });

  it('orders Han faces by language: Japanese text draws with the JP face, Chinese with SC', () => {
    expect(chainCoverage('毎朝', fallbackChain('Inter', 'ja')).families).toEqual(['Inter', 'Noto Sans JP']);
    expect(chainCoverage('每天', fallbackChain('Inter', 'cmn')).families).toEqual(['Inter', 'Noto Sans SC']);
  });

  it('covers every character of Japanese, Russian, Arabic, Hindi, Korean, Thai and Hebrew storyboards', () => {
    for (const [text, lang] of [['私たちのパン屋は毎朝7時に開店します。', 'ja'], ['Наша пекарня открывается в 7 утра.', 'ru'], ['يفتح مخبزنا كل صباح.', 'ar'], ['हमारी बेकरी सुबह खुलती है।', 'hi'], ['저희 빵집은 문을 엽니다.', 'ko'], ['ร้านเบเกอรี่ของเราเปิด', 'th'], ['המאפייה שלנו פתוחה', 'he']] as const) {
      const coverage = storyboardGlyphCoverage(sb(text, text, lang));
      expect(coverage.missing, lang).toEqual([]);
    }
  });

  it('draws Japanese with real glyphs in the canvas: the chain is wider than Inter’s missing-glyph boxes would be distinct', () => {
    const style = withStoryboardFonts({ fonts: { heading: 'Inter', body: 'Inter' } }, sb('パン屋', 'パン屋', 'ja'));
    expect(style.fonts.heading).toBe('Inter, "Noto Sans JP"');
    const ctx = createCanvas(400, 100).getContext('2d');
    ctx.font = `700 40px ${style.fonts.heading}`;
    const a = ctx.measureText('パ').width;
    const b = ctx.measureText('屋').width;
    // Full-width glyphs are an em wide; a missing-glyph box in Inter is narrower.
    expect(a).toBeCloseTo(40, 0);
    expect(b).toBeCloseTo(40, 0);
  });
});
