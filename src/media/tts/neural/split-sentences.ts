/** A stretch of the input text and where it starts (UTF-16 offset). */
export interface TextPart {
  text: string;
  offset: number;
}

/**
 * Sentences, each at most `maxChars` long: split after . ! ? (and their CJK forms) followed by space or the end,
 * then a sentence still too long at its commas or, failing that, at spaces. Models have a context limit
 * (Kokoro: 510 tokens) and speak one sentence per run best.
 */
export function splitSentences(text: string, maxChars = 300): TextPart[] {
  const parts: TextPart[] = [];
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    if (!/[.!?。！？]/u.test(text[index]!)) continue;
    let end = index + 1;
    while (end < text.length && /[.!?"')\]。！？」]/u.test(text[end]!)) end += 1;
    // "3.5" and "e.g." inside a sentence: a boundary needs space (or the end) after it, or a CJK full stop.
    if (end < text.length && !/\s/u.test(text[end]!) && !/[。！？]/u.test(text[index]!)) continue;
    splitLong({ text: text.slice(start, end), offset: start }, maxChars, parts);
    start = end;
    index = end - 1;
  }
  if (start < text.length) splitLong({ text: text.slice(start), offset: start }, maxChars, parts);
  return parts.map(trimPart).filter((part) => part.text !== '');
}

function splitLong(part: TextPart, maxChars: number, parts: TextPart[]): void {
  if (part.text.length <= maxChars) {
    parts.push(part);
    return;
  }
  const window = part.text.slice(0, maxChars);
  const cut = Math.max(window.lastIndexOf(', '), window.lastIndexOf('; '));
  const at = cut > maxChars / 3 ? cut + 1 : window.lastIndexOf(' ') > 0 ? window.lastIndexOf(' ') : maxChars;
  parts.push({ text: part.text.slice(0, at), offset: part.offset });
  splitLong({ text: part.text.slice(at), offset: part.offset + at }, maxChars, parts);
}

function trimPart(part: TextPart): TextPart {
  const leading = part.text.length - part.text.trimStart().length;
  return { text: part.text.trim(), offset: part.offset + leading };
}
