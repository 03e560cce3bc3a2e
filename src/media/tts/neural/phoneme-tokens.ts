import type { PhonemeTiming, WordTiming } from '../tts-engine.js';

/** A sentence as model tokens, with each word's and each phoneme's token span (end exclusive). */
export interface PhonemeTokens {
  ids: number[];
  words: { word: WordTiming; first: number; end: number }[];
  phonemes: { phoneme: string; first: number; end: number }[];
}

/**
 * Model token ids from an eSpeak rendering of the same text: each word's IPA phonemes (the phonemes whose middle
 * falls in the word's time), then the punctuation that follows the word in the text, then a space. `lookup` turns
 * one symbol (a code point) into ids; symbols the model does not know are skipped, as Kokoro's and Piper's own
 * front ends do.
 */
export function phonemeTokens(
  text: string,
  reference: { words: readonly WordTiming[]; phonemes: readonly PhonemeTiming[] },
  lookup: (symbol: string) => readonly number[] | undefined,
): PhonemeTokens {
  const result: PhonemeTokens = { ids: [], words: [], phonemes: [] };
  const push = (symbols: string) => {
    for (const symbol of symbols) result.ids.push(...(lookup(symbol) ?? []));
  };
  let next = 0;
  reference.words.forEach((word, index) => {
    const first = result.ids.length;
    const following = reference.words[index + 1];
    while (next < reference.phonemes.length) {
      const phoneme = reference.phonemes[next]!;
      const middle = (phoneme.start + phoneme.end) / 2;
      if (following !== undefined && middle >= following.start) break;
      const start = result.ids.length;
      push(phoneme.phoneme);
      result.phonemes.push({ phoneme: phoneme.phoneme, first: start, end: result.ids.length });
      next += 1;
    }
    result.words.push({ word, first, end: result.ids.length });
    const punctuation = /^[^\p{L}\p{N}\s]*/u.exec(text.slice(word.charEnd))?.[0] ?? '';
    push(punctuation.replace(/[^.,!?;:…—-]/gu, ''));
    if (following !== undefined) push(' ');
  });
  return result;
}

/**
 * Word and phoneme timings from per-token durations (a model's predicted durations, in any unit): the
 * durations are scaled so they add up to the audio, then each span runs from its first token to its last.
 * `offset` is how many tokens the model saw before ours (a start pad).
 */
export function timingsFromDurations(
  tokens: PhonemeTokens,
  durations: ArrayLike<number>,
  offset: number,
  audioSeconds: number,
): { words: WordTiming[]; phonemes: PhonemeTiming[] } {
  const starts = new Float64Array(durations.length + 1);
  for (let index = 0; index < durations.length; index++) starts[index + 1] = starts[index]! + Math.max(0, Number(durations[index]));
  const total = starts[durations.length]!;
  const scale = total > 0 ? audioSeconds / total : 0;
  const at = (token: number) => starts[Math.min(durations.length, Math.max(0, token + offset))]! * scale;
  return {
    words: tokens.words.map(({ word, first, end }) => ({ ...word, start: at(first), end: at(Math.max(first, end)) })),
    phonemes: tokens.phonemes.map(({ phoneme, first, end }) => ({ phoneme, start: at(first), end: at(Math.max(first, end)) })),
  };
}
