const minorWords = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'vs', 'via', 'per']);

/**
 * English title case ("why bees matter" → "Why Bees Matter"): capitalises every word but short function
 * words (unless first or last); words that already carry capitals or digits ("iOS", "TikTok", "3.0") are kept.
 * Other languages only get a capital first letter, since their capitalisation rules differ (German nouns).
 */
export function titleCase(text: string, language = 'en'): string {
  const t = text.trim().replace(/\s+/g, ' ');
  // English only, and only in Latin letters: Russian or Greek read with English rules is no title ("Наша Новая Столовая").
  if (language !== 'en' || /(?![\p{Script=Latin}])\p{L}/u.test(t)) return t.charAt(0).toUpperCase() + t.slice(1);
  const words = t.split(' ');
  return words
    .map((word, i) => {
      if (/[\p{Lu}\d]/u.test(word.slice(1)) || /^[\p{Lu}]/u.test(word)) return word;
      if (i > 0 && i < words.length - 1 && minorWords.has(word.toLowerCase())) return word.toLowerCase();
      return word.replace(/^(["'“‘(]?)(\p{L})/u, (_, p: string, c: string) => p + c.toUpperCase()).replace(/-(\p{Ll})/gu, (_, c: string) => `-${c.toUpperCase()}`);
    })
    .join(' ');
}
