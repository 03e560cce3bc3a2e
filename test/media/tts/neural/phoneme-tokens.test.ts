import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../src/media/tts/index.js';
import { phonemeTokens, timingsFromDurations } from '../../../../src/media/tts/neural/phoneme-tokens.js';

describe('sentence splitting for neural voices', () => {
  it('splits after sentence ends followed by space, not inside numbers or abbreviations without space', () => {
    const text = 'It costs 3.5 euros. Really? Yes!  Buy it now';
    expect(splitSentences(text)).toEqual([
      { text: 'It costs 3.5 euros.', offset: 0 },
      { text: 'Really?', offset: 20 },
      { text: 'Yes!', offset: 28 },
      { text: 'Buy it now', offset: 34 },
    ]);
    expect(splitSentences('你好。今天很好！')).toEqual([
      { text: '你好。', offset: 0 },
      { text: '今天很好！', offset: 3 },
    ]);
  });

  it('cuts a sentence longer than the limit at a comma, else at a space', () => {
    const parts = splitSentences('one two three, four five six seven eight nine ten', 20);
    expect(parts[0]!.text).toBe('one two three,');
    expect(parts.every((part) => part.text.length <= 20)).toBe(true);
    expect(parts.map((part) => part.text).join(' ')).toBe('one two three, four five six seven eight nine ten');
    for (const part of parts) expect('one two three, four five six seven eight nine ten'.slice(part.offset, part.offset + part.text.length)).toBe(part.text);
  });
});

describe('phoneme tokens from an eSpeak rendering', () => {
  const reference = {
    words: [
      { text: 'Hi', charStart: 0, charEnd: 2, start: 0, end: 0.2 },
      { text: 'there', charStart: 4, charEnd: 9, start: 0.3, end: 0.6 },
    ],
    phonemes: [
      { phoneme: 'h', start: 0, end: 0.08 },
      { phoneme: 'aɪ', start: 0.08, end: 0.2 },
      { phoneme: 'ð', start: 0.3, end: 0.4 },
      { phoneme: 'ɛ', start: 0.4, end: 0.5 },
      { phoneme: 'ɹ', start: 0.5, end: 0.6 },
    ],
  };
  const vocab = new Map([...'haɪðɛɹ, .'].map((symbol, index) => [symbol, index + 1]));

  it('maps each word\'s phonemes, then its punctuation and a space, skipping unknown symbols', () => {
    const tokens = phonemeTokens('Hi, there.', reference, (symbol) => (vocab.has(symbol) ? [vocab.get(symbol)!] : undefined));
    // h a ɪ , ␠ ð ɛ ɹ .
    expect(tokens.ids).toEqual([1, 2, 3, 7, 8, 4, 5, 6, 9]);
    expect(tokens.words.map(({ first, end }) => [first, end])).toEqual([[0, 3], [5, 8]]);
    expect(tokens.phonemes.map(({ phoneme, first, end }) => [phoneme, first, end])).toEqual([['h', 0, 1], ['aɪ', 1, 3], ['ð', 5, 6], ['ɛ', 6, 7], ['ɹ', 7, 8]]);
  });

  it('times words and phonemes from per-token durations scaled to the audio', () => {
    const tokens = phonemeTokens('Hi, there.', reference, (symbol) => (vocab.has(symbol) ? [vocab.get(symbol)!] : undefined));
    // A start pad, the 9 tokens, an end pad; 2 frames each over 1.1 s of audio → 0.1 s a token.
    const timings = timingsFromDurations(tokens, new Array(11).fill(2), 1, 1.1);
    expect(timings.words.map((word) => [word.text, Number(word.start.toFixed(3)), Number(word.end.toFixed(3))])).toEqual([['Hi', 0.1, 0.4], ['there', 0.6, 0.9]]);
    expect(Number(timings.phonemes[1]!.start.toFixed(3))).toBe(0.2);
  });
});
