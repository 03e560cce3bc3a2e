/**
 * "And" and "or" per language (its base code), for joining or splitting the items of a list: "…, fix leaks and
 * water plants at night". A regex alternation per language; "en" joins in Dutch but is "in" in Spanish, so a
 * rule that knows the language uses its own entry.
 */
export const AND_OR: Readonly<Record<string, string>> = {
  en: 'and|or', de: 'und|oder', fr: 'et|ou', es: 'y|e|o|u', it: 'e|ed|o', pt: 'e|ou', nl: 'en|of', ca: 'i|o', sv: 'och|eller', da: 'og|eller', no: 'og|eller', pl: 'i|oraz|lub', cs: 'a|nebo',
};

/** The language's "and"/"or" alternation, English's for a language without an entry. */
export function andOrOf(language: string): string {
  return AND_OR[language.slice(0, 2)] ?? AND_OR.en!;
}

/**
 * "And" of the Latin-script languages whose rules run without knowing the language (English, German, French,
 * Spanish, Italian, Portuguese): words that are nothing else in any of them.
 */
export const ANY_AND = 'and|und|et|y|e';
/** "But" of those languages and Dutch, likewise. */
export const ANY_BUT = 'but|aber|mais|pero|ma|mas|maar';
/** "And" or "or" of those languages, likewise. */
export const ANY_AND_OR = 'and|or|und|oder|et|ou|y|e|o';
