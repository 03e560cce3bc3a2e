import { isOrdinalDay } from '../../visuals/index.js';

const abbreviations = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'vs', 'etc', 'e.g', 'i.e', 'inc', 'ltd', 'co', 'corp', 'no', 'fig',
  'approx', 'dept', 'est', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k',
  'z.b', 'bzw', 'usw', 'ca', 'nr', 'mme', 'sra', 'sr', 'p', 'pp', 'min', 'max',
]);

/**
 * Sentences of a paragraph of prose. Splits after . ! ? … (and closing quotes) when the next word starts
 * like a sentence; does not split after common abbreviations, initials, inside decimals or after a day's ordinal dot before its month.
 */
export function splitSentences(text: string): string[] {
  const normalized = text.replace(/\s+/g, ' ').trim();
  if (normalized === '') return [];
  const out: string[] = [];
  let start = 0;
  const re = /([.!?…]+)(["'”’»)\]]*)\s+(?=["'“‘«(¿¡]?[\p{Lu}\p{N}])/gu;
  let match: RegExpExecArray | null;
  while ((match = re.exec(normalized)) !== null) {
    const end = match.index + match[1]!.length + match[2]!.length;
    const before = normalized.slice(start, match.index);
    const lastWord = (/([\p{L}.]+)$/u.exec(before)?.[1] ?? '').toLowerCase().replace(/\.$/, '');
    if (match[1] === '.' && (abbreviations.has(lastWord) || /^\p{L}$/u.test(lastWord))) continue;
    const day = /(?:^|[^\p{N}.,])(\d{1,2})$/u.exec(before);
    if (match[1] === '.' && day && isOrdinalDay(normalized, match.index - day[1]!.length, match.index)) continue;
    out.push(normalized.slice(start, end).trim());
    start = match.index + match[0].length;
  }
  const rest = normalized.slice(start).trim();
  if (rest) out.push(rest);
  // Chinese and Japanese end sentences with full-width marks and no space after them.
  return out.flatMap((s) => s.split(/(?<=[。！？])/u).map((p) => p.trim())).filter((s) => /[\p{L}\p{N}]/u.test(s));
}
