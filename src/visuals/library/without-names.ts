import type { IllustrationIndex, IllustrationMatch } from './illustration-index.js';

/** What picking a picture needs of the index. */
export type PictureSearch = Pick<IllustrationIndex, 'search'>;

/** Languages that capitalise every noun: a run of capitals there is a name only with a version number. */
const nounCapitalising = new Set(['de', 'lb']);
/** Two or more capitalised words (a version number may follow): "Acme Notes 3.0", "Blue Bottle Coffee". */
const capitalRun = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’-]*)+(?:\s+v?\d+(?:\.\d+)*)?(?![\p{L}\p{N}])/gu;

/**
 * The names of products and companies in a video's narration: runs of two or more capitalised words
 * ("Acme Notes 3.0"), whose words would otherwise pick pictures of their everyday meaning (musical notes).
 * A run the library knows as a phrase ("New York", "Statue of Liberty") is a picture, not a name, and stays.
 */
export function productNames(narrations: readonly string[], language: string, index: PictureSearch): string[] {
  // Where every noun is capitalised, only a run with a version number is surely a name ("Acme Notes 3.0").
  const versionedOnly = nounCapitalising.has(language.split('-')[0]!);
  const names = new Set<string>();
  for (const text of narrations) {
    for (const match of text.matchAll(capitalRun)) {
      if (versionedOnly && !/\d$/.test(match[0])) continue;
      const words = match[0].split(/\s+/);
      // The first word may only be capitalised because it starts the sentence ("In New York …").
      const known = [words, words.slice(1)].some((phrase) => phrase.length >= 2 && namesAPicture(phrase.join(' '), index));
      if (!known) names.add(match[0]);
    }
  }
  return [...names].sort((a, b) => b.length - a.length);
}

function namesAPicture(phrase: string, index: PictureSearch): boolean {
  const lower = phrase.toLowerCase();
  return index.search(phrase, { limit: 5 }).some((m: IllustrationMatch) => m.keywords.some((k) => k.includes(' ') && lower.includes(k)));
}

/** The index reading every text without the given names (a name's words never pick a picture). */
export function withoutNames(index: PictureSearch, names: readonly string[]): PictureSearch {
  if (names.length === 0) return index;
  return {
    search: (text, options) => index.search(names.reduce((rest, name) => rest.split(name).join(' '), text), options),
  };
}
