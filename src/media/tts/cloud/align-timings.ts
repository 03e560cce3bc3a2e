import type { PhonemeTiming, WordTiming } from '../tts-engine.js';
import { wordTokens } from '../word-tokens.js';
import { dtwTimeMap, soundOnset, speechSpan } from '../align/index.js';

/** A monotone piecewise-linear map through (from, to) anchors; beyond the ends it keeps the nearest slope of 1. */
function piecewise(anchors: readonly (readonly [number, number])[]): (t: number) => number {
  const points = anchors.filter((point, index) => index === 0 || (point[0] > anchors[index - 1]![0] && point[1] >= anchors[index - 1]![1]));
  return (t) => {
    if (points.length === 0) return t;
    const first = points[0]!;
    const last = points[points.length - 1]!;
    if (points.length === 1 || t <= first[0]) return first[1] + Math.min(0, t - first[0]);
    if (t >= last[0]) return last[1];
    let low = 0;
    let high = points.length - 1;
    while (high - low > 1) {
      const mid = (low + high) >> 1;
      if (points[mid]![0] <= t) low = mid;
      else high = mid;
    }
    const [x0, y0] = points[low]!;
    const [x1, y1] = points[high]!;
    return y0 + ((t - x0) / (x1 - x0)) * (y1 - y0);
  };
}

function clampTimings<T extends { start: number; end: number }>(items: T[], duration: number): T[] {
  let previous = 0;
  return items.map((item) => {
    const start = Math.min(duration, Math.max(previous, item.start));
    const end = Math.min(duration, Math.max(start, item.end));
    previous = start;
    return { ...item, start, end };
  });
}

/** The shortest a word may last: a caption highlight (and the presenter's mouth) needs it to be heard at all. */
const MIN_WORD_SEC = 0.03;

/**
 * Words in order, none overlapping the next and each at least MIN_WORD_SEC long, inside the clip: an alignment can
 * map a word's start (its first sound) onto or past its end, or two words onto one instant. Forward, each word starts
 * after the one before and lasts the minimum; backward, each ends by the next one's start (the last by the clip's
 * end) and starts early enough to keep the minimum.
 */
function orderWordTimings<T extends { start: number; end: number }>(items: readonly T[], duration: number): T[] {
  const words = items.map((item) => ({ ...item }));
  let previousEnd = 0;
  for (const word of words) {
    word.start = Math.max(word.start, previousEnd, 0);
    word.end = Math.max(word.end, word.start + MIN_WORD_SEC);
    previousEnd = word.end;
  }
  let limit = duration;
  for (let index = words.length - 1; index >= 0; index--) {
    const word = words[index]!;
    word.end = Math.min(word.end, limit);
    word.start = Math.max(0, Math.min(word.start, word.end - MIN_WORD_SEC));
    limit = word.start;
  }
  return words;
}

/**
 * Word and phoneme timings for a clip that says `text` (a cloud or neural voice), from an eSpeak-NG rendering of
 * the same text. With the rendering's audio, its times are carried over by dynamic time warping of the two
 * clips' MFCCs (the same sounds matched frame by frame, pauses included: `npm run bench:alignment` measures it
 * against a reference voice whose word times are known); without it, each sentence is stretched onto the
 * matching stretch of the clip between its pauses. Phonemes move with their words.
 */
export function alignToClip(
  text: string,
  reference: { words: readonly WordTiming[]; phonemes: readonly PhonemeTiming[]; samples?: Int16Array; sampleRate?: number },
  clip: { samples: Int16Array; sampleRate: number },
): { words: WordTiming[]; phonemes: PhonemeTiming[] } {
  const duration = clip.samples.length / clip.sampleRate;
  if (reference.words.length === 0) return { words: [], phonemes: [] };
  const audio = reference.samples && reference.sampleRate && reference.samples.length > 0 ? { samples: reference.samples, sampleRate: reference.sampleRate } : null;
  const map = audio ? dtwTimeMap(audio, clip) : stretchBySentences(text, reference.words, clip);
  // After a pause (the first word, or one after punctuation) eSpeak's event starts with the pause; the word is
  // heard from its first sound. Elsewhere the event starts at the word's first phone, as other voices' do.
  const onset = audio ? soundOnset(audio) : null;
  const afterPause = (index: number) => index === 0 || /[\p{P}]/u.test(text.slice(reference.words[index - 1]!.charEnd, reference.words[index]!.charStart));
  const words = reference.words.map((word, index) => ({ ...word, start: map(onset && afterPause(index) ? onset(word) : word.start), end: map(word.end) }));
  const phonemes = reference.phonemes.map((phoneme) => ({ ...phoneme, start: map(phoneme.start), end: map(phoneme.end) }));
  return { words: orderWordTimings(words, duration), phonemes: clampTimings(phonemes, duration) };
}

/**
 * Each sentence of the reference (split at its sentence-ending words) stretched onto the matching stretch of the
 * clip, found by the clip's own pauses when it has as many as the reference has sentences; otherwise the whole of
 * the reference's speech stretched onto the whole of the clip's.
 */
function stretchBySentences(text: string, words: readonly WordTiming[], clip: { samples: Int16Array; sampleRate: number }): (t: number) => number {
  const span = speechSpan(clip.samples, clip.sampleRate);
  const refStart = words[0]!.start;
  const refEnd = Math.max(refStart + 1e-3, words[words.length - 1]!.end);
  const anchors: [number, number][] = [[refStart, span.start]];
  // Sentence anchors: the reference's sentence boundaries matched, in order, to the clip's longest pauses.
  const sentenceEnds = words.slice(0, -1).flatMap((word, index) => (/^\p{P}*[.!?。！？]/u.test(text.slice(word.charEnd)) ? [index] : []));
  if (sentenceEnds.length > 0) {
    const pauses = longestPauses(clip.samples, clip.sampleRate, span, sentenceEnds.length);
    if (pauses.length === sentenceEnds.length) {
      sentenceEnds.forEach((index, n) => {
        anchors.push([words[index]!.end, pauses[n]!.start], [words[index + 1]!.start, pauses[n]!.end]);
      });
    }
  }
  anchors.push([refEnd, span.end]);
  return piecewise(anchors);
}

/** The `count` longest silences (≥ 120 ms) inside the speech span, in time order. */
function longestPauses(samples: Int16Array, sampleRate: number, span: { start: number; end: number }, count: number): { start: number; end: number }[] {
  const window = Math.max(1, Math.round(sampleRate * 0.01));
  let peak = 0;
  for (let index = 0; index < samples.length; index++) peak = Math.max(peak, Math.abs(samples[index]!));
  const floor = Math.max(200, peak * 0.03);
  const pauses: { start: number; end: number }[] = [];
  let silentFrom = -1;
  const first = Math.floor(span.start * sampleRate);
  const last = Math.ceil(span.end * sampleRate);
  for (let start = first; start < last; start += window) {
    let sum = 0;
    const end = Math.min(last, start + window);
    for (let index = start; index < end; index++) sum += samples[index]! * samples[index]!;
    const silent = Math.sqrt(sum / Math.max(1, end - start)) < floor;
    if (silent && silentFrom < 0) silentFrom = start;
    if (!silent && silentFrom >= 0) {
      if ((start - silentFrom) / sampleRate >= 0.12) pauses.push({ start: silentFrom / sampleRate, end: start / sampleRate });
      silentFrom = -1;
    }
  }
  return pauses
    .sort((a, b) => b.end - b.start - (a.end - a.start))
    .slice(0, count)
    .sort((a, b) => a.start - b.start);
}

/**
 * Word timings from per-character times (ElevenLabs' alignment): each word of `text` runs from its first
 * character's start to its last character's end. The characters are matched to the text in order, so an
 * alignment that normalised whitespace still lines up; characters it lacks borrow their neighbours' times.
 */
export function wordsFromCharacters(
  text: string,
  alignment: { characters: readonly string[]; character_start_times_seconds: readonly number[]; character_end_times_seconds: readonly number[] },
  duration: number,
): WordTiming[] {
  const starts = new Array<number | undefined>(text.length);
  const ends = new Array<number | undefined>(text.length);
  let cursor = 0;
  alignment.characters.forEach((character, index) => {
    const found = text.indexOf(character, cursor);
    // Skip a character the text does not have within a short reach (normalisation): never jump far ahead.
    if (found < 0 || found - cursor > 8) return;
    starts[found] = alignment.character_start_times_seconds[index];
    ends[found] = alignment.character_end_times_seconds[index];
    cursor = found + character.length;
  });
  const words: WordTiming[] = [];
  let previousEnd = 0;
  for (const token of wordTokens(text)) {
    let start: number | undefined;
    let end: number | undefined;
    for (let index = token.charStart; index < token.charEnd; index++) {
      start ??= starts[index];
      end = ends[index] ?? end;
    }
    const wordStart = start ?? previousEnd;
    words.push({ text: token.text, charStart: token.charStart, charEnd: token.charEnd, start: wordStart, end: Math.max(wordStart, end ?? wordStart) });
    previousEnd = end ?? wordStart;
  }
  return orderWordTimings(words, duration);
}

/**
 * Reference phonemes moved onto target word timings: every phoneme keeps its place inside its word (the
 * reference and target words are the same words of the same text, matched by index).
 */
export function phonemesOntoWords(
  reference: { words: readonly WordTiming[]; phonemes: readonly PhonemeTiming[] },
  target: readonly WordTiming[],
  duration: number,
): PhonemeTiming[] {
  if (reference.words.length !== target.length || target.length === 0) return [];
  const anchors: [number, number][] = [];
  reference.words.forEach((word, index) => {
    anchors.push([word.start, target[index]!.start], [word.end, target[index]!.end]);
  });
  const map = piecewise(anchors);
  return clampTimings(
    reference.phonemes.map((phoneme) => ({ ...phoneme, start: map(phoneme.start), end: map(phoneme.end) })),
    duration,
  );
}
