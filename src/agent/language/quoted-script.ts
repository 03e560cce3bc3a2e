/** Quote pairs people type around a text: CJK corner brackets, guillemets both ways, German low-high, straight and curly. */
const PAIRS: readonly [string, string][] = [
  ['「', '」'], ['『', '』'], ['«', '»'], ['»', '«'], ['„', '“'], ['„', '”'], ['‚', '‘'], ['“', '”'], ['‘', '’'], ['"', '"'], ["'", "'"], ['‹', '›'], ['《', '》'], ['〈', '〉'],
];

export interface QuotedScript {
  /** The text inside the quotes, exactly as written (outer spaces trimmed). */
  script: string;
  /** The prompt with the quoted text taken out: the instruction around it. */
  instruction: string;
  /** The text just before the opening quote ("…Text:"). */
  before: string;
}

/** An apostrophe in "don't" or "l'eau" is not a quote: straight and single quotes must stand at a word edge. */
function atEdge(text: string, at: number, opening: boolean): boolean {
  const neighbour = opening ? text.charAt(at - 1) : text.charAt(at + 1);
  return neighbour === '' || !/[\p{L}\p{N}]/u.test(neighbour);
}

/** Every quoted span (outermost first for nested asymmetric pairs), as [open index, close index]. */
function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const [open, close] of PAIRS) {
    let from = 0;
    while (from < text.length) {
      const start = text.indexOf(open, from);
      if (start < 0) break;
      if (open === close || open === "'" || open === '‘') {
        if (!atEdge(text, start, true)) {
          from = start + 1;
          continue;
        }
      }
      // Asymmetric pairs nest (「…「…」…」): find the matching close.
      let depth = 0;
      let end = -1;
      for (let i = start + open.length; i < text.length; i++) {
        if (open !== close && text.startsWith(open, i)) depth++;
        else if (text.startsWith(close, i) && (open !== close && open !== "'" && open !== '‘' ? true : atEdge(text, i, false))) {
          if (depth === 0) {
            end = i;
            break;
          }
          depth--;
        }
      }
      if (end < 0) break;
      spans.push([start, end + close.length - 1]);
      from = end + close.length;
    }
  }
  return spans;
}

function wordCount(text: string): number {
  // Scripts without spaces count characters: four of them weigh as a word.
  const spaced = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const dense = (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu) ?? []).length;
  return Math.max(spaced, Math.round(dense / 4));
}

/**
 * The script a user quoted to be narrated as written ("Make a 10-second video. Text: «…»"), and the
 * instruction around it. A prompt that is itself wrapped in quotes is unwrapped first. Short quotes (a
 * name, a title) are not a script: it takes at least four words, or a sentence.
 */
export function quotedScript(prompt: string): QuotedScript | null {
  let text = prompt.trim();
  for (const [open, close] of PAIRS) {
    if (text.startsWith(open) && text.endsWith(close) && text.length > 2) {
      const inner = text.slice(open.length, -close.length);
      if (quotedSpans(inner).length > 0 && quotedSpans(text).some(([s, e]) => s === 0 && e === text.length - 1)) text = inner.trim();
      break;
    }
  }
  const candidates = quotedSpans(text)
    .map(([s, e]) => ({ s, e, body: text.slice(s + 1, e).trim() }))
    .filter((c) => wordCount(c.body) >= 4 || /[.!?。！？؟।]/u.test(c.body));
  if (candidates.length === 0) return null;
  const best = candidates.reduce((a, b) => (b.body.length > a.body.length ? b : a));
  const instruction = `${text.slice(0, best.s)} ${text.slice(best.e + 1)}`.replace(/\s+/g, ' ').trim();
  return { script: best.body, instruction, before: text.slice(0, best.s).trim() };
}
