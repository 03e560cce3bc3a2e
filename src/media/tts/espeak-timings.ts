import type { PhonemeTiming, WordTiming } from './tts-engine.js';
import type { RawEspeakEvent } from './espeak-worker-client.js';
import type { EscapedText } from './escape-ssml-text.js';
import { wordTokens, type WordToken } from './word-tokens.js';

// Stress marks come attached to vowels ("ˈoʊ"); they are not sounds, and lip-sync tables key on the bare IPA.
const stressMarks = /[ˈˌ]/gu;

/**
 * Turns eSpeak's raw events into word and phoneme timings against the ORIGINAL text.
 * Word events point (1-based, in code points of the escaped text) at a word's first character; their
 * lengths are unreliable and a number like "2026" yields several, so each event is mapped onto the
 * whitespace token it falls in and consecutive events on one token are merged. A spoken token that got no
 * event of its own (eSpeak read it as part of a phrase) shares the preceding word's time, so captions miss none.
 */
export function espeakTimings(
  text: string,
  escaped: EscapedText,
  events: readonly RawEspeakEvent[],
  duration: number,
): { words: WordTiming[]; phonemes: PhonemeTiming[] } {
  const phonemes = phonemeTimings(events, duration);
  const tokens = wordTokens(text);
  if (tokens.length === 0) return { words: [], phonemes };

  // Group word events by token, keeping the token order monotonic.
  const groups: { token: WordToken; tokenIndex: number; start: number }[] = [];
  for (const event of events) {
    if (event.type !== 'word') continue;
    const codePoint = Math.min(Math.max(event.pos - 1, 0), escaped.originalOffsets.length - 1);
    const offset = escaped.originalOffsets[codePoint] ?? text.length;
    const tokenIndex = tokenAt(tokens, offset);
    const last = groups[groups.length - 1];
    if (last !== undefined && tokenIndex <= last.tokenIndex) continue; // same word, or a stray step back
    groups.push({ token: tokens[tokenIndex]!, tokenIndex, start: seconds(event.time) });
  }

  let phonemeIndex = 0;
  const words: WordTiming[] = [];
  groups.forEach((group, index) => {
    const next = groups[index + 1];
    const limit = next === undefined ? duration : next.start;
    // A word ends where its last sound ends, so pauses between clauses are not counted as speech.
    let end = group.start;
    while (phonemeIndex < phonemes.length && phonemes[phonemeIndex]!.start < group.start) phonemeIndex++;
    while (phonemeIndex < phonemes.length && phonemes[phonemeIndex]!.start < limit) {
      end = Math.max(end, phonemes[phonemeIndex]!.end);
      phonemeIndex++;
    }
    if (end === group.start) end = limit;
    // Capped at the next word's start: the last sound's tail may run past the next word event.
    end = Math.min(Math.max(end, group.start), limit, duration);
    // eSpeak reads some phrases as one word ("déjà vu"): spoken tokens it skipped share this word's time.
    const lastToken = next === undefined ? tokens.length - 1 : next.tokenIndex - 1;
    const spokenTokens = [group.token, ...tokens.slice(group.tokenIndex + 1, lastToken + 1).filter(isSpoken)];
    words.push(...shareTime(spokenTokens, group.start, end));
  });
  return { words, phonemes };
}

function phonemeTimings(events: readonly RawEspeakEvent[], duration: number): PhonemeTiming[] {
  // Every phoneme (pauses included, which carry an empty id) and clause end closes the sound before it.
  const boundaries = events.filter((event) => event.type === 'phoneme' || event.type === 'end');
  // nextTimes[i]: the first boundary time after boundaries[i] (events come in time order).
  const nextTimes: number[] = new Array<number>(boundaries.length);
  for (let index = boundaries.length - 1; index >= 0; index--) {
    const time = boundaries[index]!.time;
    const later = boundaries[index + 1];
    nextTimes[index] = later === undefined ? Infinity : later.time > time ? later.time : nextTimes[index + 1]!;
  }
  const phonemes: PhonemeTiming[] = [];
  boundaries.forEach((event, index) => {
    if (event.type !== 'phoneme' || typeof event.id !== 'string') return;
    const phoneme = event.id.replace(stressMarks, '');
    if (phoneme === '') return;
    const start = seconds(event.time);
    const end = Math.min(seconds(nextTimes[index]!), duration);
    if (end > start) phonemes.push({ phoneme, start, end });
  });
  return phonemes;
}

function isSpoken(token: WordToken): boolean {
  return /[\p{L}\p{N}]/u.test(token.text);
}

/** Splits [start, end] across tokens in proportion to their length. */
function shareTime(tokens: readonly WordToken[], start: number, end: number): WordTiming[] {
  const totalLength = tokens.reduce((sum, token) => sum + token.text.length, 0);
  let cursor = start;
  let used = 0;
  return tokens.map((token) => {
    used += token.text.length;
    const tokenEnd = start + ((end - start) * used) / totalLength;
    const timing = { text: token.text, charStart: token.charStart, charEnd: token.charEnd, start: cursor, end: tokenEnd };
    cursor = tokenEnd;
    return timing;
  });
}

/** The token containing `offset`, else the first one after it, else the last one. */
function tokenAt(tokens: readonly WordToken[], offset: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.rawEnd <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function seconds(milliseconds: number): number {
  return milliseconds / 1000;
}
