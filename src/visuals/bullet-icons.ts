import { commonWords } from './library/common-words.js';
import { SYNONYM_WEIGHT, type IllustrationMatch } from './library/illustration-index.js';
import { FALLBACK_LINE_ICON, lineIconFor } from './library/line-icon-index.js';
import type { PictureSearch } from './library/without-names.js';

/** Words of illustration names that say who or how, not what ("person-playing-water-polo"). */
const genericNameWords = new Set(['person', 'people', 'man', 'men', 'woman', 'women', 'face', 'with', 'hand', 'hands', 'playing', 'symbol', 'sign', 'button', 'nut']);

/** Words after which the next one says how, not what: "too fast", "demasiado rápido", "trop tard", "zu spät". */
const intensifiers = new Set(['too', 'very', 'so', 'demasiado', 'muy', 'tan', 'trop', 'très', 'si', 'troppo', 'molto', 'così', 'zu', 'sehr', 'muito', 'demais', 'tão']);
/** Negations a point may start with: "no beber agua", "ne pas", "nicht", "non". */
const negations = new Set(['no', 'not', 'never', 'ne', 'pas', 'non', 'nicht', 'kein', 'keine', 'nunca', 'jamais', 'mai', 'não']);
/** The infinitive endings of the Romance languages we narrate ("baisser", "correr", "spegnere", "saltarse"). */
const infinitive: Record<string, RegExp> = {
  es: /(?:ar|er|ir)(?:se)?$/,
  pt: /(?:ar|er|ir)(?:-se)?$/,
  fr: /(?:er|ir|re)$/,
  it: /(?:are|ere|ire)(?:si)?$/,
};

/**
 * What a word does in its point: `thing` says what it is about; `action` what is done (its pictures count only
 * when no thing has one: "correr demasiado rápido" is running); `how` says how ("rápido" after "demasiado" is no
 * train), and its pictures never count.
 */
type Role = 'thing' | 'action' | 'how';

interface Token {
  text: string;
  start: number;
  role: Role;
}

/**
 * The point's words, each with its role by a rule the language makes plain: a leading
 * infinitive in Spanish, French, Italian and Portuguese ("baisser le chauffage" is about the heating), a lower-case
 * word in German (its nouns are capitalised) and a capitalised first word followed by a noun ("Feste
 * Schlafenszeit"), and any word after an intensifier ("demasiado rápido" says how, not a train).
 */
function tokens(point: string, language: string): Token[] {
  const words: Token[] = [...point.matchAll(/[\p{L}\p{N}'’-]+/gu)].map((m) => ({ text: m[0], start: m.index, role: 'thing' }));
  const base = language.slice(0, 2).toLowerCase();
  const leadingVerb = infinitive[base];
  if (leadingVerb) {
    for (const word of words) {
      const lower = word.text.toLowerCase();
      if (negations.has(lower)) word.role = 'how';
      else {
        if (leadingVerb.test(lower)) word.role = 'action';
        break;
      }
    }
  }
  if (base === 'de') {
    const nouns = words.filter((word, i) => i > 0 && /^\p{Lu}/u.test(word.text));
    words.forEach((word, i) => {
      if (i > 0 ? !/^\p{Lu}/u.test(word.text) : nouns.length > 0) word.role = 'how';
    });
  }
  words.forEach((word, i) => {
    if (i > 0 && intensifiers.has(words[i - 1]!.text.toLowerCase())) word.role = 'how';
  });
  return words;
}

/**
 * A line icon per bullet: named by the bullet's own words when they are English (as Lucide's names and tags are),
 * then by the names of the illustrations its words match, best match first, the point's first nouns counting
 * most ("water plants at night" is about plants), a verb's only when no thing has one, a modifier's never. Only
 * icons a word names or is a close tag of count ("plant-pot" for "plant", never "bot-off" for "off"); a bullet
 * with none gets the plain check.
 */
export function bulletIcons(bullets: readonly string[], index: PictureSearch, language: string): string[] {
  const taken = new Set<string>();
  const common = commonWords('en');
  const local = commonWords(language);
  return bullets.map((bullet) => {
    const words = tokens(bullet, language);
    const english = language.startsWith('en');
    const own = english ? words.filter((w) => w.role !== 'how').map((w) => w.text.toLowerCase()).filter((w) => /^[a-z]+$/.test(w) && !common.has(w)) : [];
    const text = bullet.toLowerCase();
    const wordAt = (keyword: string): Token | undefined => {
      const at = text.indexOf(keyword);
      return at < 0 ? undefined : words.find((w) => at >= w.start && at < w.start + w.text.length);
    };
    // A phrase ("dunklen Modus", "hot beverage") names a thing whatever its first word does.
    const roleOf = (keyword: string): Role => (keyword.includes(' ') ? 'thing' : (wordAt(keyword)?.role ?? 'thing'));
    const on = (role: Role) => (m: IllustrationMatch): boolean => m.keywords.some((k) => roleOf(k) === role);
    const at = (m: IllustrationMatch): number => Math.min(...m.keywords.map((k) => text.indexOf(k)).filter((i) => i >= 0), text.length) / Math.max(1, text.length);
    // emojilib's loose synonyms ("hour" is the convenience store, "regular" a train) never name a point's icon.
    const matches = index.search(bullet, { limit: 8 }).filter((m) => (m.strength ?? 1) > SYNONYM_WEIGHT);
    const things = matches.filter(on('thing'));
    // A verb speaks for the point only when no other word could: "baisser le chauffage" is not a falling chart.
    const bare = !words.some((w) => w.role === 'thing' && !local.has(w.text.toLowerCase()) && !intensifiers.has(w.text.toLowerCase()) && !negations.has(w.text.toLowerCase()) && !/^\p{N}+$/u.test(w.text));
    const ranked = (things.length > 0 ? things : bare ? matches.filter(on('action')) : []).map((m) => ({ m, score: m.score * (1.5 - at(m)) })).sort((a, b) => b.score - a.score);
    // "light-bulb" also names Lucide's "lightbulb".
    const named = ranked.map(({ m }) => [...m.id.split('-').filter((w) => !common.has(w) && !genericNameWords.has(w)), ...(m.id.includes('-') ? [m.id.replaceAll('-', '')] : [])]);
    // The point's own words first, by name or tag; then each matching picture's name, the best match first.
    const icon = [own, ...named].map((names) => names.filter((w) => w.length >= 3)).reduce<string | null>((found, names) => found ?? lineIconFor(names, taken, { strict: true }), null) ?? FALLBACK_LINE_ICON;
    taken.add(icon);
    return icon;
  });
}
