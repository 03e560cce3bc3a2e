/** A whitespace-separated word of the input text, punctuation around it stripped. */
export interface WordToken {
  text: string;
  /** Offsets of `text` in the input (UTF-16, end exclusive). */
  charStart: number;
  charEnd: number;
  /** Offsets of the whole token, punctuation included. */
  rawStart: number;
  rawEnd: number;
}

const leadingPunctuation = /^\p{P}+/u;
const trailingPunctuation = /\p{P}+$/u;

export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(/\S+/gu)) {
    const raw = match[0];
    const rawStart = match.index;
    const lead = leadingPunctuation.exec(raw)?.[0].length ?? 0;
    const trail = trailingPunctuation.exec(raw)?.[0].length ?? 0;
    // A token that is only punctuation ("&", "—") keeps its characters rather than becoming empty.
    const stripped = lead + trail < raw.length;
    const charStart = rawStart + (stripped ? lead : 0);
    const charEnd = rawStart + raw.length - (stripped ? trail : 0);
    tokens.push({ text: text.slice(charStart, charEnd), charStart, charEnd, rawStart, rawEnd: rawStart + raw.length });
  }
  return tokens;
}
