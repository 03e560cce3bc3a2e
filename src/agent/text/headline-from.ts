import { isDateOrTime, isOrdinalDay } from '../../visuals/index.js';
import { circumstancePreposition, leadingPreposition } from './circumstance-prepositions.js';
import { andOrOf, ANY_BUT } from './conjunctions.js';
import { stopWords, type KnownLanguage } from './stop-words.js';

/** Words before which a phrase may be cut without leaving it hanging ("… of", "… that"). */
const breakBefore = new Set([
  'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into', 'over', 'after', 'before', 'because', 'when', 'while', 'that',
  'the', 'a', 'an', 'this', 'these', 'your', 'our', 'which', 'who', 'where', 'and', 'or', 'but', 'so', 'if', 'than', 'as', 'during', 'until', 'since', 'across', 'about', 'like',
  'für', 'mit', 'von', 'und', 'oder', 'weil', 'dass', 'pour', 'avec', 'et', 'para', 'con', 'y', 'per', 'e',
]);

/** Articles and prepositions that open a phrase, in languages where they are not English words too ("die"). */
const breakBeforeIn: Partial<Record<KnownLanguage, ReadonlySet<string>>> = {
  de: new Set(['der', 'die', 'das', 'den', 'dem', 'ein', 'eine', 'einen', 'zu', 'auf', 'als', 'wenn', 'bei', 'nach', 'über', 'durch']),
  fr: new Set(['le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'à', 'dans', 'sur', 'que', 'qui', 'quand', 'sans']),
  es: new Set(['el', 'la', 'los', 'las', 'un', 'una', 'del', 'de', 'en', 'por', 'sobre', 'que', 'cuando', 'sin']),
};

const NAME = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*(?:\s\p{Lu}[\p{L}\p{M}.'’-]*)?`;
/** Three or more names joined by commas and a last "and": "Lisbon, Austin and Seoul". */
const NAME_LIST = new RegExp(String.raw`${NAME}(?:,\s${NAME})+,?\s(?:and|or|und|oder|et|ou|y|o|e|en|i|och|og)\s${NAME}`, 'u');
const WORD = String.raw`\p{L}[\p{L}\p{M}'’-]*`;
/** Three or more short items (a word or two each) joined likewise: "Bees, wasps and butterflies". */
const WORD_LIST = new RegExp(String.raw`(?<!\p{L})${WORD}(?:\s${WORD})?(?:,\s${WORD}(?:\s${WORD})?)+,?\s(?:and|or|und|oder|et|ou|y|o|e|en|i|och|og)\s${WORD}(?:\s${WORD})?`, 'u');
/** Stands in for a comma inside such a list while the sentence is cut into clauses. */
const LIST_COMMA = '\u0001';
/** Stands in for a day's ordinal dot ("12. Januar"), which ends no clause. */
const ORDINAL_DOT = '\u0002';
/** Stands in for the spaces inside a date or time ("10 de dezembro") while the sentence is cut into words. */
const DATE_SPACE = '\u0003';

/**
 * The sentence with a day's ordinal dot and the comma before a date that names a day ("am Montag, dem 12. Januar",
 * "on Monday, January 12") held, so the day and its date stay one phrase.
 */
function holdDates(sentence: string): string {
  // "10 de dezembro", "3 marzo", "19 h": a day and its month, a time and its unit, are one word here.
  const daysHeld = sentence.replace(/(?<![\d\p{L}])(\d{1,2})(\s+(?:de|di|del)\s+|\s+)(?=\p{L})/gu, (whole, day: string, gap: string, at: number) =>
    isDateOrTime(sentence, at, at + day.length) ? `${day}${gap.replace(/\s/gu, DATE_SPACE)}` : whole);
  const dotsHeld = daysHeld.replace(/(?<!\d)(\d{1,2})\.(?=\s\p{L})/gu, (dotted, day: string, at: number) => (isOrdinalDay(sentence, at, at + day.length) ? `${day}${ORDINAL_DOT}` : dotted));
  return dotsHeld.replace(/,(?=\s(?:\p{L}+\s){0,2}?(\d{1,2})(?!\d))/gu, (comma, _day: string, at: number) => {
    const numberAt = dotsHeld.slice(at).search(/\d/u) + at;
    const end = numberAt + (/^\d+/u.exec(dotsHeld.slice(numberAt))?.[0].length ?? 0);
    return isDateOrTime(sentence, numberAt, end) && !/:\d/u.test(dotsHeld.slice(end, end + 2)) ? LIST_COMMA : comma;
  });
}

/**
 * A short on-screen headline from a sentence: its first clause, at most `maxWords` words. A longer clause
 * is cut before a preposition or conjunction (never mid-phrase) when one falls late enough; no dangling
 * function word at the end, no final punctuation.
 */
export function headlineFrom(sentence: string, maxWords = 7, language: KnownLanguage = 'en'): string {
  // A list of names ("in Lisbon, Austin and Seoul") is one phrase: its commas do not end the clause, and it is
  // never cut in the middle when it ends within three words of the limit.
  const names = NAME_LIST.exec(sentence) ?? WORD_LIST.exec(sentence);
  const listed = names ? `${sentence.slice(0, names.index)}${names[0].replaceAll(',', LIST_COMMA)}${sentence.slice(names.index + names[0].length)}` : sentence;
  const held = holdDates(listed);
  const opened = held.replace(/^[\s"'“‘«(-]+/, '');
  const clauses = opened.split(/(?<!\d),|,(?!\d)|[;—–(]|(?<!\d):|:(?!\d)|\s-\s|[.!?…](?:\s|$)/);
  let clause = clauses[0] ?? opened;
  // "In London, the number of hives has doubled", "En cas d’urgence, appelez le 112": a short opening phrase of
  // where or when is no headline on its own; the sentence is, when it fits, else its main clause.
  const circumstance = clauses.length >= 2 && spacedWords(clause).length <= 5 && (circumstancePreposition[language] ?? leadingPreposition).test(clause.trim()) && spacedWords(clauses[1]!).length >= 2;
  if (circumstance) {
    const both = `${clause.trim()}, ${clauses[1]!.trim()}`;
    clause = spacedWords(both).length <= maxWords ? both : clauses[1]!.trim().replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  }
  const all = spacedWords(clause);
  // The words up to the list's end, when the list is in the first clause (its held commas are).
  const listEnd = names && !circumstance && clause.includes(LIST_COMMA) ? opened.slice(0, names.index - (held.length - opened.length) + names[0].length).trim().split(/\s+/).length : 0;
  if (listEnd > maxWords && listEnd <= maxWords + 3) maxWords = listEnd;
  // One word past the limit ends the phrase rather than being cut from it: "… desde las 7:00", and German's verb
  // at the end ("Die Wärme wird dann an das Heizwasser abgegeben").
  if (all.length === maxWords + 1) maxWords += 1;
  const stops = stopWords[language] ?? stopWords.en;
  const bare = (w: string): string => w.toLowerCase().replace(/[^\p{L}]/gu, '');
  const trim = (list: string[]): string[] => {
    let out = list;
    while (out.length > 2 && stops.has(bare(out[out.length - 1]!))) out = out.slice(0, -1);
    return out;
  };
  let words = trim(all.slice(0, maxWords));
  if (all.length > maxWords) {
    // The latest natural break within the limit, if it keeps at least half the words: before a conjunction
    // ("Votre mentor s’appelle Claire | et elle répondra …") if there is one, else before any phrase.
    const joins = new Set([...andOrOf(language).split('|'), ...ANY_BUT.split('|')]);
    const breaks = [(w: string) => joins.has(w), (w: string) => breakBefore.has(w) || breakBeforeIn[language]?.has(w) === true];
    for (const isBreak of breaks) {
      const i = latestBreak(all, maxWords, Math.max(3, Math.ceil(maxWords / 2), listEnd), (w) => isBreak(bare(w)));
      if (i !== null && trim(all.slice(0, i)).length >= Math.max(3, Math.ceil(maxWords / 2))) {
        words = trim(all.slice(0, i));
        break;
      }
    }
  }
  const text = words.join(' ').replaceAll(LIST_COMMA, ',').replaceAll(ORDINAL_DOT, '.').replaceAll(DATE_SPACE, ' ').replace(/[.,;:!?…"'”’»)]+$/u, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const spacedWords = (text: string): string[] => text.trim().split(/\s+/).filter(Boolean);

/** The last index from `from` down to `to` whose word `isBreak`, or null. */
function latestBreak(words: readonly string[], from: number, to: number, isBreak: (word: string) => boolean): number | null {
  for (let i = from; i >= to; i--) if (isBreak(words[i]!)) return i;
  return null;
}
