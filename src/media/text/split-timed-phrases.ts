import { isSpaceless, lineBreakUnits } from './line-break-units.js';

/** A timed stretch of text: a word as the voice reports it. */
export interface TimedSpan {
  text: string;
  charStart: number;
  charEnd: number;
  start: number;
  end: number;
}

/** Stops take time to say: a sentence end counts as two characters, a comma as one. */
function weight(text: string): number {
  let w = 0;
  for (const char of text) w += /[。．！？!?]/u.test(char) ? 2 : 1;
  return Math.max(1, w);
}

/**
 * Timed words cut into phrases where the text has no spaces: a Japanese or Chinese sentence comes back from
 * the voice as one "word", so its time is shared among its phrases by their length, and the highlight moves
 * phrase by phrase with the voice. Pieces after the first of a word get `spaceBefore: false` (words themselves
 * come from whitespace-separated tokens, so a space always separates them).
 */
export function splitTimedPhrases<T extends TimedSpan>(narration: string, words: readonly T[]): (T & { spaceBefore?: false })[] {
  const out: (T & { spaceBefore?: false })[] = [];
  for (const word of words) {
    const span = word.charStart >= 0 && word.charEnd <= narration.length ? narration.slice(word.charStart, word.charEnd) : '';
    const units = isSpaceless(span) ? lineBreakUnits(span) : [];
    if (units.length < 2) {
      out.push({ ...word });
      continue;
    }
    const total = units.reduce((n, u) => n + weight(u.text), 0);
    let at = word.charStart;
    let done = 0;
    units.forEach((unit, i) => {
      const start = span.indexOf(unit.text, at - word.charStart) + word.charStart;
      const t0 = word.start + ((word.end - word.start) * done) / total;
      done += weight(unit.text);
      const t1 = word.start + ((word.end - word.start) * done) / total;
      const piece = { ...word, text: unit.text, charStart: start, charEnd: start + unit.text.length, start: t0, end: t1 };
      out.push(i === 0 ? piece : { ...piece, spaceBefore: false as const });
      at = start + unit.text.length;
    });
  }
  return out;
}
