import { describe, expect, it } from 'vitest';
import { headingFromSentence } from '../../../src/agent/language/index.js';

describe('headingFromSentence in scripts without spaces', () => {
  it('keeps a sentence a few characters over the width whole rather than cutting it before its verb', () => {
    expect(headingFromSentence('アプリは無料でダウンロードできます。', 32)).toBe('アプリは無料でダウンロードできます');
  });

  it('ends a long sentence at its first clause when that fits, not after a particle', () => {
    expect(headingFromSentence('レシートを撮影するだけで支出を自動で記録し、毎月の支出を食費、住居費、娯楽費の3つに分けます。', 32)).toBe('レシートを撮影するだけで支出を自動で記録し');
  });

  it('still cuts a sentence with no clause break at a phrase boundary', () => {
    const heading = headingFromSentence('毎月の支出を食費と住居費と娯楽費と交通費と通信費の五つのカテゴリーに自動的に分けて表示します。', 32);
    expect(heading.length).toBeLessThan(24);
    expect('毎月の支出を食費と住居費と娯楽費と交通費と通信費の五つのカテゴリーに自動的に分けて表示します'.startsWith(heading)).toBe(true);
  });
});
