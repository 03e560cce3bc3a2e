import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CancelledError, PermanentError } from '../../../src/errors/index.js';
import { EspeakTtsEngine, type Synthesis, type WordTiming } from '../../../src/media/tts/index.js';

const VOICE = 'espeak-en-us-female';

function expectMonotonic(synthesis: Synthesis): void {
  let previousStart = -1;
  let previousEnd = 0;
  let previousCharEnd = 0;
  for (const word of synthesis.words) {
    expect(word.start).toBeGreaterThan(previousStart);
    expect(word.start).toBeGreaterThanOrEqual(previousEnd - 1e-9);
    expect(word.end).toBeGreaterThan(word.start);
    expect(word.end).toBeLessThanOrEqual(synthesis.duration + 1e-9);
    expect(word.charStart).toBeGreaterThanOrEqual(previousCharEnd);
    previousStart = word.start;
    previousEnd = word.end;
    previousCharEnd = word.charEnd;
  }
}

function spoken(text: string, words: WordTiming[]): string[] {
  return words.map((word) => {
    expect(text.slice(word.charStart, word.charEnd)).toBe(word.text);
    return word.text;
  });
}

describe('EspeakTtsEngine', () => {
  const engine = new EspeakTtsEngine();
  beforeAll(async () => {
    await engine.voices();
  });
  afterAll(async () => {
    await engine.close();
  });

  it('starts eSpeak quickly and reports 22.05 kHz mono audio', async () => {
    expect(await engine.initSeconds()).toBeLessThan(5);
    const synthesis = await engine.synthesize('Hello world.', VOICE);
    expect(synthesis.sampleRate).toBe(22050);
    expect(synthesis.samples).toBeInstanceOf(Int16Array);
    expect(synthesis.duration).toBeCloseTo(synthesis.samples.length / 22050, 9);
    expect(synthesis.duration).toBeGreaterThan(0.5);
    expect(synthesis.samples.some((sample) => Math.abs(sample) > 1000)).toBe(true);
  });

  it('times every word of plain text in order, against the original offsets', async () => {
    const text = 'The quick brown fox jumps over the lazy dog. Then it sleeps.';
    const synthesis = await engine.synthesize(text, VOICE);
    expect(spoken(text, synthesis.words)).toEqual(['The', 'quick', 'brown', 'fox', 'jumps', 'over', 'the', 'lazy', 'dog', 'Then', 'it', 'sleeps']);
    expectMonotonic(synthesis);
    expect(synthesis.words[0]!.start).toBeLessThan(0.2);
    expect(synthesis.words.at(-1)!.end).toBeGreaterThan(synthesis.duration * 0.7);
  });

  it('maps words back through & < > and merges the several events of a number', async () => {
    const text = 'Tom & Jerry <3 cheese> in 2026, costing 3.5 dollars & more.';
    const synthesis = await engine.synthesize(text, VOICE);
    expect(spoken(text, synthesis.words)).toEqual(['Tom', '&', 'Jerry', '<3', 'cheese>', 'in', '2026', 'costing', '3.5', 'dollars', '&', 'more']);
    expectMonotonic(synthesis);
    const year = synthesis.words.find((word) => word.text === '2026')!;
    expect(year.charStart).toBe(text.indexOf('2026'));
    // "two thousand twenty-six" takes far longer than a short word.
    expect(year.end - year.start).toBeGreaterThan(0.8);
  });

  it('keeps UTF-16 offsets right after accents and astral characters', async () => {
    const text = 'Café 😀 naïve résumé déjà vu.';
    const synthesis = await engine.synthesize(text, VOICE);
    const words = spoken(text, synthesis.words);
    expect(words).toContain('naïve');
    expect(words).toContain('résumé');
    // eSpeak speaks "déjà vu" as one word: both tokens still get a share of its time.
    expect(words.slice(-2)).toEqual(['déjà', 'vu']);
    expectMonotonic(synthesis);
  });

  it('produces IPA phonemes in time order within the audio', async () => {
    const synthesis = await engine.synthesize('Hello world.', VOICE);
    const phonemes = synthesis.phonemes.map((phoneme) => phoneme.phoneme);
    expect(phonemes).toEqual(expect.arrayContaining(['h', 'l', 'w', 'd']));
    expect(phonemes.join('')).not.toMatch(/[ˈˌ]/);
    let previous = 0;
    for (const phoneme of synthesis.phonemes) {
      expect(phoneme.start).toBeGreaterThanOrEqual(previous);
      expect(phoneme.end).toBeGreaterThan(phoneme.start);
      expect(phoneme.end).toBeLessThanOrEqual(synthesis.duration + 1e-9);
      previous = phoneme.start;
    }
  });

  it('speaks faster at pace 1.5 than at pace 1', async () => {
    const text = 'This sentence is spoken twice, once at the normal pace and once faster.';
    const normal = await engine.synthesize(text, VOICE, { pace: 1 });
    const fast = await engine.synthesize(text, VOICE, { pace: 1.5 });
    expect(fast.duration).toBeLessThan(normal.duration * 0.85);
    expect(fast.words).toHaveLength(normal.words.length);
  });

  it('speaks other languages, male and female', async () => {
    for (const voiceId of ['espeak-de-male', 'espeak-fr-female', 'espeak-cmn-female', 'espeak-ja-male']) {
      const text = voiceId.includes('cmn') ? '你好 世界' : voiceId.includes('ja') ? 'こんにちは せかい' : 'Bonjour le monde';
      const synthesis = await engine.synthesize(text, voiceId);
      expect(synthesis.duration, voiceId).toBeGreaterThan(0.3);
      expect(synthesis.words.length, voiceId).toBeGreaterThan(0);
      expectMonotonic(synthesis);
    }
  });

  it('returns a short silence with no words for empty or blank text', async () => {
    for (const text of ['', '   \n\t ']) {
      const synthesis = await engine.synthesize(text, VOICE);
      expect(synthesis.words).toEqual([]);
      expect(synthesis.phonemes).toEqual([]);
      expect(synthesis.duration).toBeGreaterThan(0);
      expect(synthesis.duration).toBeLessThan(0.5);
      expect(synthesis.samples.every((sample) => sample === 0)).toBe(true);
    }
  });

  it('rejects an unknown voice id with a PermanentError', async () => {
    await expect(engine.synthesize('Hello', 'espeak-xx-male')).rejects.toBeInstanceOf(PermanentError);
    await expect(engine.synthesize('', 'nope')).rejects.toBeInstanceOf(PermanentError);
  });

  it('rejects with CancelledError when aborted before, while queued and while running', async () => {
    await expect(engine.synthesize('Hello', VOICE, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(CancelledError);

    const long = 'This is a long narration that keeps the worker busy for a while. '.repeat(60);
    const running = new AbortController();
    const queued = new AbortController();
    const first = engine.synthesize(long, VOICE, { signal: running.signal });
    const second = engine.synthesize(long, VOICE, { signal: queued.signal });
    const third = engine.synthesize('Still working.', VOICE);
    queued.abort();
    await expect(second).rejects.toBeInstanceOf(CancelledError);
    setTimeout(() => running.abort(), 30);
    const started = performance.now();
    await expect(first).rejects.toBeInstanceOf(CancelledError);
    // The running request stops inside the worker, so the queue moves on at once.
    expect((await third).words.map((word) => word.text)).toEqual(['Still', 'working']);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('serves concurrent requests in one engine and across two engines', async () => {
    const other = new EspeakTtsEngine();
    try {
      const texts = ['One two three.', 'Four five six.', 'Seven eight nine.'];
      const results = await Promise.all([
        ...texts.map((text) => engine.synthesize(text, VOICE)),
        ...texts.map((text) => other.synthesize(text, 'espeak-en-gb-male')),
      ]);
      const words = results.map((result) => result.words.map((word) => word.text).join(' '));
      expect(words).toEqual([...texts, ...texts].map((text) => text.replace('.', '')));
    } finally {
      await other.close();
    }
  });

  it('restarts after close and rejects requests still waiting with CancelledError', async () => {
    const engine2 = new EspeakTtsEngine();
    const pending = expect(engine2.synthesize('Closing soon.', VOICE)).rejects.toBeInstanceOf(CancelledError);
    await engine2.close();
    await pending;
    const again = await engine2.synthesize('Back again.', VOICE);
    expect(again.words.map((word) => word.text)).toEqual(['Back', 'again']);
    await engine2.close();
  });
});
