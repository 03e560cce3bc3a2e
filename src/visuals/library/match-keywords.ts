import { commonWords } from './common-words.js';
import { normalizeKeyword } from './normalize-keyword.js';
import { topicAliases } from './topic-aliases.js';

export interface KeywordHit {
  keyword: string;
  /** Longer phrases ("hot beverage") say more than single words. */
  weight: number;
}

/** Scripts written without spaces between words: keywords are found inside the text. */
const unspacedLanguages = new Set(['ja', 'zh', 'zh-Hant', 'zh-Hant-HK', 'yue', 'yue-Hans', 'th', 'lo', 'km', 'my', 'ko']);
const wordPattern = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
const MAX_PHRASE_WORDS = 3;

/** The index keywords a text contains, each once. */
export function matchKeywords(text: string, locale: string, keywords: ReadonlyMap<string, unknown>): KeywordHit[] {
  const normalized = normalizeKeyword(text);
  if (unspacedLanguages.has(locale)) return matchInside(normalized, keywords, commonWords(locale));
  // German writes its nouns with a capital, and only a noun names a picture on its own: "feste Arbeitszeiten" is no
  // festival ("Fest"), "zuklappen" no clapperboard ("Klappe"); "Sauerteigbrot" is bread.
  // The topic aliases name their pictures in any case ("ein vegetarisches Menü").
  const nouns = locale.split('-')[0] === 'de' ? new Set((text.match(wordPattern) ?? []).filter((w) => /^\p{Lu}/u.test(w)).map((w) => normalizeKeyword(w))) : null;
  const aliases = germanAliasWords();
  const standsAlone = nouns ? (word: string) => nouns.has(word) || wordForms(word, locale).some((form) => aliases.has(form)) : null;
  return matchWords(normalized, locale, keywords, standsAlone);
}

/** `standsAlone`: whether a word may match on its own, or null when any may (languages that do not capitalise nouns). */
function matchWords(text: string, locale: string, keywords: ReadonlyMap<string, unknown>, standsAlone: ((word: string) => boolean) | null): KeywordHit[] {
  const words = text.match(wordPattern) ?? [];
  const hits = new Map<string, KeywordHit>();
  const covered = new Set<number>();
  const common = commonWords(locale);
  for (let size = MAX_PHRASE_WORDS; size >= 1; size--) {
    for (let start = 0; start + size <= words.length; start++) {
      if (size === 1 && (covered.has(start) || common.has(words[start]!) || /^\p{N}+$/u.test(words[start]!) || (standsAlone !== null && !standsAlone(words[start]!)))) continue;
      const phrase = words.slice(start, start + size).join(' ');
      const forms = size === 1 ? wordForms(phrase, locale) : [phrase];
      // "seconds" is "second" (a silver medal) once its "s" is off: a form that is a common word says as little.
      if (size === 1 && forms.some((form) => common.has(form))) continue;
      let found = forms.filter((form) => keywords.has(form));
      if (found.length === 0 && size === 1) found = compoundHead(phrase, locale, keywords);
      for (const keyword of found) hits.set(keyword, { keyword, weight: 1 + 0.5 * (size - 1) });
      if (found.length > 0) for (let i = start; i < start + size; i++) covered.add(i);
    }
  }
  return [...hits.values()];
}

let aliasWords: ReadonlySet<string> | null = null;
/** The German topic alias words (single words), normalized. */
function germanAliasWords(): ReadonlySet<string> {
  aliasWords ??= new Set(topicAliases('de').map(([word]) => normalizeKeyword(word)).filter((word) => !word.includes(' ')));
  return aliasWords;
}

/** Word endings that look like a compound's head but are a suffix: Dutch "medewerkers" has no cherries ("kers") in it. */
const NOT_HEADS: ReadonlySet<string> = new Set(['kers', 'ers', 'ster', 'sters']);

const GERMAN_ENDINGS = ['e', 'n', 's', 'en', 'er', 'es', 'em', 'ern', 'ens'];

/** Languages that write compounds as one word with the head last ("Sauerteigbrot" is a kind of "Brot"). */
const compounding = new Set(['de', 'nl', 'sv', 'da', 'nb', 'no', 'fi', 'is']);

/** The longest keyword a compound ends with, at least four letters, when its language compounds. */
function compoundHead(word: string, locale: string, keywords: ReadonlyMap<string, unknown>): string[] {
  if (!compounding.has(locale.split('-')[0]!)) return [];
  const letters = [...word];
  // The word before the head has three letters at least: "Boden" is no "oden" (a Japanese stew).
  for (let start = 3; letters.length - start >= 4; start++) {
    const tail = letters.slice(start).join('');
    if (NOT_HEADS.has(tail)) continue;
    const form = wordForms(tail, locale).find((f) => keywords.has(f));
    if (form) return [form];
  }
  return [];
}

/**
 * A word and the forms of it a keyword may have: inflections are found by taking up to three letters off the
 * end ("Brote" → "brot", "хлебом" → "хлеб"), never below four letters; English plurals lose their "s".
 */
function wordForms(word: string, locale: string): string[] {
  // French and Italian elide an article or pronoun into the word ("l’énergie", "dell’acqua").
  const elided = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|dell|dall|nell|sull|all|un|quell)['’](\p{L}.+)$/u.exec(word);
  if (elided && /^(?:fr|it|ca)\b/.test(locale)) return [word, ...wordForms(elided[1]!, locale)];
  const forms = [word];
  if (locale === 'en') {
    if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
    else if (word.length >= 4 && word.endsWith('s')) forms.push(word.slice(0, -1));
    return forms;
  }
  if (locale.split('-')[0] === 'de') {
    // German inflects with these endings only: "Brote" is "Brot", but "Mittel" is no "Mitte".
    for (const ending of GERMAN_ENDINGS) if (word.endsWith(ending) && [...word].length - ending.length >= 4) forms.push(word.slice(0, -ending.length));
    return forms;
  }
  const letters = [...word];
  for (let cut = 1; cut <= 3 && letters.length - cut >= 4; cut++) forms.push(letters.slice(0, letters.length - cut).join(''));
  return forms;
}

const katakana = /^[\p{Script=Katakana}ー・]+$/u;
const katakanaChar = /[\p{Script=Katakana}ー]/u;

/** Whether `keyword` stands in `text` as a word: a katakana word is whole, not part of a longer one ("シート" in "レシート"). */
function standsInside(text: string, keyword: string): boolean {
  if (!katakana.test(keyword)) return text.includes(keyword);
  for (let at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + 1)) {
    const before = text.slice(0, at).slice(-1);
    const after = text.slice(at + keyword.length, at + keyword.length + 1);
    if (!katakanaChar.test(before) && !katakanaChar.test(after)) return true;
  }
  return false;
}

function matchInside(text: string, keywords: ReadonlyMap<string, unknown>, common: ReadonlySet<string>): KeywordHit[] {
  const hits: KeywordHit[] = [];
  for (const keyword of keywords.keys()) {
    // "第一周" (the first week) holds no gold medal.
    if (common.has(keyword)) continue;
    const length = [...keyword].length;
    // One-character keywords match too much inside running text; longer ones are words.
    if (length >= 2 && standsInside(text, keyword)) hits.push({ keyword, weight: 1 + 0.25 * Math.min(length - 2, 4) });
  }
  return hits;
}
