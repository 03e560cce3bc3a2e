import { stopWords, type KnownLanguage } from './stop-words.js';

/**
 * A short on-screen headline from a sentence: its first clause, at most `maxWords` words, without a
 * dangling function word at the end or final punctuation.
 */
export function headlineFrom(sentence: string, maxWords = 7, language: KnownLanguage = 'en'): string {
  const clause = sentence.replace(/^[\s"'“‘«(-]+/, '').split(/(?<!\d),|,(?!\d)|[;:—–(]|\s-\s|[.!?…](?:\s|$)/)[0] ?? sentence;
  let words = clause.trim().split(/\s+/).filter(Boolean).slice(0, maxWords);
  const stops = stopWords[language] ?? stopWords.en;
  while (words.length > 2 && stops.has(words[words.length - 1]!.toLowerCase().replace(/[^\p{L}]/gu, ''))) words = words.slice(0, -1);
  const text = words.join(' ').replace(/[.,;:!?…"'”’»)]+$/u, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
