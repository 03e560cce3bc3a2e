import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alignToClip, EspeakTtsEngine, type Synthesis } from '../../../../src/media/tts/index.js';
import { dtwTimeMap } from '../../../../src/media/tts/align/index.js';

const TEXT = 'Green tea has less caffeine than coffee, and its leaves are steamed right after picking. Drink it warm.';

/** Word-start errors (ms) of `aligned` against the target's own word events. */
function errors(aligned: { start: number }[], truth: Synthesis): number[] {
  return truth.words.map((word, i) => Math.abs(aligned[i]!.start - word.start) * 1000).sort((a, b) => a - b);
}

function withLeadingSilence(clip: Synthesis, seconds: number): Synthesis {
  const pad = Math.round(seconds * clip.sampleRate);
  const samples = new Int16Array(pad + clip.samples.length);
  samples.set(clip.samples, pad);
  const shift = <T extends { start: number; end: number }>(item: T) => ({ ...item, start: item.start + seconds, end: item.end + seconds });
  return { ...clip, samples, duration: samples.length / clip.sampleRate, words: clip.words.map(shift), phonemes: clip.phonemes.map(shift) };
}

describe('alignToClip: word timings carried from an eSpeak rendering onto another voice by MFCC + DTW', () => {
  let tts: EspeakTtsEngine;
  let reference: Synthesis;

  beforeAll(async () => {
    tts = new EspeakTtsEngine();
    reference = await tts.synthesize(TEXT, 'espeak-en-us-female');
  });
  afterAll(() => tts.close());

  it('finds the word starts of another voice at another speed (its own word events are the truth)', async () => {
    const target = await tts.synthesize(TEXT, 'espeak-en-us-male', { pace: 0.75 });
    const aligned = alignToClip(TEXT, reference, target).words;
    const dtw = errors(aligned, target);
    const stretched = errors(alignToClip(TEXT, { words: reference.words, phonemes: reference.phonemes }, target).words, target);
    const median = (values: number[]) => values[Math.floor(values.length / 2)]!;
    expect(aligned.map((word) => word.text)).toEqual(target.words.map((word) => word.text));
    expect(median(dtw)).toBeLessThan(50);
    expect(dtw[Math.floor(dtw.length * 0.9)]!).toBeLessThan(150);
    expect(median(dtw)).toBeLessThanOrEqual(median(stretched));
  });

  it('starts the first word where the clip first sounds, past any leading silence', async () => {
    const target = withLeadingSilence(await tts.synthesize(TEXT, 'espeak-en-us-male'), 0.4);
    const first = alignToClip(TEXT, reference, target).words[0]!;
    expect(first.start).toBeGreaterThan(0.38);
    expect(first.start).toBeLessThan(0.5);
  });

  it('keeps words and phonemes in order and inside the clip', async () => {
    const target = await tts.synthesize(TEXT, 'espeak-de-male', { pace: 1.3 });
    const { words, phonemes } = alignToClip(TEXT, reference, target);
    for (const list of [words, phonemes]) {
      list.forEach((item, i) => {
        expect(item.end).toBeGreaterThanOrEqual(item.start);
        expect(item.end).toBeLessThanOrEqual(target.duration + 1e-9);
        if (i > 0) expect(item.start).toBeGreaterThanOrEqual(list[i - 1]!.start);
      });
    }
  });

  it('gives every word a length and a place of its own, even where the alignment collapses words onto one instant', () => {
    // A reference whose middle words all sit at one instant, and a clip shorter than the reference: mapped
    // naively, several words would start and end together, and the last would end past the clip.
    const words = reference.words.map((word, i) => (i > 2 && i < 8 ? { ...word, start: reference.words[2]!.end, end: reference.words[2]!.end } : word));
    const clip = { samples: reference.samples.subarray(0, Math.floor(reference.samples.length * 0.6)), sampleRate: reference.sampleRate };
    const aligned = alignToClip(TEXT, { words, phonemes: reference.phonemes }, clip).words;
    const duration = clip.samples.length / clip.sampleRate;
    aligned.forEach((word, i) => {
      expect(word.end - word.start).toBeGreaterThanOrEqual(0.03 - 1e-9);
      expect(word.start).toBeGreaterThanOrEqual(i > 0 ? aligned[i - 1]!.end : 0);
      expect(word.end).toBeLessThanOrEqual(duration + 1e-9);
    });
  });

  it('maps time monotonically, whatever the sample rates', async () => {
    const target = await tts.synthesize(TEXT, 'espeak-en-us-male');
    const resampled = { samples: Int16Array.from({ length: Math.floor(target.samples.length / 2) }, (_, i) => target.samples[2 * i]!), sampleRate: target.sampleRate / 2 };
    const map = dtwTimeMap(reference, resampled);
    const times = Array.from({ length: 60 }, (_, i) => map((i / 60) * reference.duration));
    times.forEach((t, i) => i > 0 && expect(t).toBeGreaterThanOrEqual(times[i - 1]!));
    expect(times[times.length - 1]!).toBeLessThanOrEqual(resampled.samples.length / resampled.sampleRate + 0.05);
  });
});
