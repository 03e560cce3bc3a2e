import { isOrdinalDay } from '../../visuals/index.js';
import { displayWidth, splitTimedPhrases } from '../text/index.js';
import type { WordTiming } from '../tts/index.js';

export interface CaptionWord {
  /** The word as displayed, with the punctuation that follows it in the narration. */
  text: string;
  start: number;
  end: number;
  /** False when the narration has no space before the word (Japanese and Chinese phrases). */
  spaceBefore?: boolean;
}

export interface CaptionCue {
  start: number;
  end: number;
  words: CaptionWord[];
}

/**
 * Words of a narration placed on the video's clock: `offset` is when the clip starts. The shown text is
 * the narration from the word's start up to the next space, so "world," keeps its comma.
 */
export function captionWords(narration: string, words: readonly WordTiming[], offset: number): CaptionWord[] {
  const phrases = splitTimedPhrases(narration, words);
  return phrases
    .map((word, index) => {
      let text = word.text;
      if (word.charStart >= 0 && word.charStart < narration.length) {
        // Up to the next space, or the next phrase of a text without spaces.
        const next = phrases[index + 1];
        const rest = narration.slice(word.charStart, next && next.charStart > word.charStart ? next.charStart : undefined);
        const token = /^\S+/.exec(rest)?.[0];
        if (token && token.length >= word.charEnd - word.charStart) text = token;
      }
      return { text: text.trim(), start: offset + word.start, end: offset + Math.max(word.end, word.start), ...(word.spaceBefore === false ? { spaceBefore: false } : {}) };
    })
    .filter((word) => word.text.length > 0);
}

/**
 * Groups words into short cues (a few words, a sentence end or a pause closes one), each shown from its
 * first word until the next cue or shortly after its last word.
 */
export function groupCaptionCues(words: readonly CaptionWord[], options: { maxWords: number; maxChars: number; linger?: number } = { maxWords: 5, maxChars: 32 }): CaptionCue[] {
  const linger = options.linger ?? 0.4;
  const cues: CaptionCue[] = [];
  let current: CaptionWord[] = [];
  const close = () => {
    if (current.length === 0) return;
    cues.push({ start: current[0]!.start, end: current[current.length - 1]!.end, words: current });
    current = [];
  };
  words.forEach((word, index) => {
    const last = current[current.length - 1];
    // Width, not length: a Japanese character takes the room of two Latin letters.
    const length = current.reduce((n, w) => n + displayWidth(w.text) + 1, 0) + displayWidth(word.text);
    // A figure keeps the word that says what it counts ("6 pm", "18 degrees", "4.2 million"), one word over the limit.
    const unitOfFigure = last !== undefined && /\d$/.test(last.text) && /^[\p{L}%]{1,10}[.,!?;:]*$/u.test(word.text) && current.length <= options.maxWords && length <= options.maxChars + 10;
    if (last && !unitOfFigure && (current.length >= options.maxWords || length > options.maxChars || word.start - last.end > 0.6)) close();
    current.push(word);
    if (/[.!?;:。！？]["'”’)」』]*$/u.test(word.text) && !isDayBeforeMonth(word.text, words[index + 1])) close();
  });
  close();
  // Hold each cue a little after its last word, but never into the next one.
  cues.forEach((cue, index) => {
    const next = cues[index + 1];
    cue.end = Math.max(cue.end, Math.min(cue.end + linger, next ? next.start : Infinity));
  });
  return cues;
}

/** "12." before "Januar": a day's ordinal dot, which ends no sentence (German, Danish, Polish… dates). */
function isDayBeforeMonth(text: string, next: CaptionWord | undefined): boolean {
  return next !== undefined && isOrdinalDay(`${text} ${next.text}`, 0, text.length - 1);
}

/** The words of a cue as one line of text, spaced as the narration is. */
export function cueText(cue: CaptionCue): string {
  return cue.words.map((w, i) => `${i > 0 && w.spaceBefore !== false ? ' ' : ''}${w.text}`).join('');
}

/** A cue moved `by` seconds on the clock, its words with it. */
export function shiftCue(cue: CaptionCue, by: number): CaptionCue {
  return { start: cue.start + by, end: cue.end + by, words: cue.words.map((w) => ({ ...w, start: w.start + by, end: w.end + by })) };
}
