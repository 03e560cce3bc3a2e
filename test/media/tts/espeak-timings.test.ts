import { describe, expect, it } from 'vitest';
import { escapeSsmlText } from '../../../src/media/tts/escape-ssml-text.js';
import { espeakTimings } from '../../../src/media/tts/espeak-timings.js';
import type { RawEspeakEvent } from '../../../src/media/tts/espeak-worker-client.js';
import { wordTokens } from '../../../src/media/tts/word-tokens.js';

describe('escapeSsmlText', () => {
  it('escapes & < > and maps every escaped code point back to its original UTF-16 offset', () => {
    const { escaped, originalOffsets } = escapeSsmlText('a&b😀<');
    expect(escaped).toBe('a&amp;b😀&lt;');
    // a, &amp; (5), b, 😀 (one code point, two UTF-16 units), &lt; (4), then the end.
    expect(originalOffsets).toEqual([0, 1, 1, 1, 1, 1, 2, 3, 5, 5, 5, 5, 6]);
  });
});

describe('wordTokens', () => {
  it('splits on whitespace and strips punctuation around each word, keeping punctuation-only tokens', () => {
    const text = ' "Hello," she said — (3.5%) & don\'t.';
    expect(wordTokens(text).map((token) => [token.text, text.slice(token.charStart, token.charEnd)])).toEqual([
      ['Hello', 'Hello'],
      ['she', 'she'],
      ['said', 'said'],
      ['—', '—'],
      ['3.5', '3.5'],
      ['&', '&'],
      ["don't", "don't"],
    ]);
  });
});

describe('espeakTimings', () => {
  // Captured from eSpeak (en-us) for "Hi &amp; 2026." — "&" is reported at its entity's ";", and 2026
  // yields three word events ("two thousand", "twenty", "six").
  const text = 'Hi & 2026.';
  const events: RawEspeakEvent[] = [
    { type: 'sentence', pos: 1, time: 0, id: 1 },
    { type: 'word', pos: 1, time: 0, id: 1 },
    { type: 'phoneme', pos: 1, time: 10, id: 'h' },
    { type: 'phoneme', pos: 1, time: 60, id: 'ˈaɪ' },
    { type: 'word', pos: 8, time: 200, id: 2 },
    { type: 'phoneme', pos: 8, time: 200, id: '' },
    { type: 'phoneme', pos: 8, time: 220, id: 'æ' },
    { type: 'phoneme', pos: 8, time: 300, id: 'n' },
    { type: 'phoneme', pos: 8, time: 360, id: 'd' },
    { type: 'word', pos: 10, time: 400, id: 3 },
    { type: 'phoneme', pos: 10, time: 420, id: 't' },
    { type: 'phoneme', pos: 10, time: 470, id: 'ˈuː' },
    { type: 'word', pos: 11, time: 600, id: 4 },
    { type: 'phoneme', pos: 11, time: 610, id: 'θ' },
    { type: 'word', pos: 11, time: 800, id: 5 },
    { type: 'phoneme', pos: 11, time: 810, id: 's' },
    { type: 'phoneme', pos: 11, time: 900, id: 'ˈɪ' },
    { type: 'phoneme', pos: 11, time: 1000, id: '' },
    { type: 'end', pos: 14, time: 1100 },
  ];

  it('maps word events onto the words of the original text and merges the pieces of a number', () => {
    const { words } = espeakTimings(text, escapeSsmlText(text), events, 1.2);
    expect(words).toEqual([
      { text: 'Hi', charStart: 0, charEnd: 2, start: 0, end: 0.2 },
      { text: '&', charStart: 3, charEnd: 4, start: 0.2, end: 0.4 },
      { text: '2026', charStart: 5, charEnd: 9, start: 0.4, end: 1 },
    ]);
  });

  it('turns phoneme events into IPA phonemes without stress marks, each ending where the next sound starts', () => {
    const { phonemes } = espeakTimings(text, escapeSsmlText(text), events, 1.2);
    expect(phonemes.map((phoneme) => phoneme.phoneme)).toEqual(['h', 'aɪ', 'æ', 'n', 'd', 't', 'uː', 'θ', 's', 'ɪ']);
    expect(phonemes[1]).toEqual({ phoneme: 'aɪ', start: 0.06, end: 0.2 });
    expect(phonemes.at(-1)).toEqual({ phoneme: 'ɪ', start: 0.9, end: 1 });
  });
});
