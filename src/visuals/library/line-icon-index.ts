import { loadIconSet, loadIconSetFile } from './load-icon-set.js';

export const LINE_ICON_SET = '@iconify-json/lucide';
export const LINE_ICON_PROVIDER = 'lucide';
export const LINE_ICON_LICENCE = 'ISC';
/** Drawn where nothing fits a bullet: a plain check reads as "a point" in any language. */
export const FALLBACK_LINE_ICON = 'circle-check';

let byWord: Map<string, string[]> | null = null;

/** Lucide's icon names by their words: "alarm-clock" is found by "alarm" and by "clock". */
function lineIconsByWord(): Map<string, string[]> {
  if (byWord) return byWord;
  byWord = new Map();
  for (const id of Object.keys(loadIconSet(LINE_ICON_SET).icons)) {
    for (const word of id.split('-')) {
      if (!/^[a-z]{3,}$/.test(word)) continue;
      const ids = byWord.get(word) ?? [];
      ids.push(id);
      byWord.set(word, ids);
    }
  }
  return byWord;
}

/** Lucide's own search tags (ISC, from lucide-static), read once: "droplet" is tagged "water", "bed" "sleep". */
const LINE_ICON_TAGS = 'lucide-static';
let byTag: Map<string, TaggedIcon[]> | null = null;

/** An icon under one of its tags: the tag's place in its list, and how many tags it has (fewer: more specific). */
interface TaggedIcon {
  id: string;
  rank: number;
  tags: number;
}

/** Icons by each of their tags, with the tag's place in the icon's list (Lucide lists the closest first). */
function lineIconsByTag(): Map<string, TaggedIcon[]> {
  if (byTag) return byTag;
  byTag = new Map();
  const icons = loadIconSet(LINE_ICON_SET).icons;
  for (const [id, tags] of Object.entries(loadIconSetFile<Record<string, string[]>>(LINE_ICON_TAGS, 'tags.json'))) {
    if (!icons[id]) continue;
    tags.forEach((tag, rank) => {
      const entries = byTag!.get(tag) ?? [];
      entries.push({ id, rank, tags: tags.length });
      byTag!.set(tag, entries);
    });
  }
  return byTag;
}

/** Only a tag near the front of an icon's list says what it shows ("flame" lists "light" third, "park" "walk" sixth). */
const CLOSE_TAG_RANK = 2;
/**
 * Words that tag how rather than what ("fixed" is bug-off's, "lower" layer-arrow-down's, "save" the bookmark's),
 * and "window", which Lucide tags on screen layouts.
 */
const looseTagWords = new Set(['fixed', 'less', 'more', 'lower', 'higher', 'keep', 'make', 'save', 'free', 'start', 'open', 'close', 'new', 'old', 'fast', 'slow', 'run', 'off', 'on', 'up', 'down', 'good', 'best', 'better', 'first', 'last', 'time', 'light', 'window', 'add', 'place', 'put', 'set', 'use', 'get', 'take', 'remove', 'check', 'well']);

/** The icon tagged with `word` closest to the front of its tags (then the one with fewer tags: "droplet", not "bubbles", for water), or null. */
function taggedIcon(word: string, exclude: ReadonlySet<string>): TaggedIcon | null {
  if (looseTagWords.has(word)) return null;
  const found = (lineIconsByTag().get(word) ?? []).filter((entry) => entry.rank <= CLOSE_TAG_RANK && !exclude.has(entry.id));
  found.sort((a, b) => a.rank - b.rank || a.tags - b.tags || a.id.length - b.id.length);
  return found[0] ?? null;
}

/** Everyday words of tips and steps that neither Lucide's names nor its close tags hold. A data table. */
const LINE_ICON_ALIASES: Readonly<Record<string, string>> = {
  hour: 'clock', hours: 'clock', minute: 'timer', minutes: 'timer', rest: 'bed', day: 'calendar', days: 'calendar',
  week: 'calendar', weeks: 'calendar', month: 'calendar', shoes: 'footprints', price: 'tag', prices: 'tag', leak: 'droplets',
  leaks: 'droplets', bedtime: 'bed', breakfast: 'egg-fried', vegetables: 'carrot', fruit: 'apple', exercise: 'dumbbell',
  stretch: 'person-standing', breathe: 'wind', budget: 'wallet', savings: 'piggy-bank', email: 'mail', emails: 'mail',
};

/** "plants" names "plant-pot" too (Lucide's names are singular). */
function withSingular(word: string): string[] {
  return word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? [word, word.slice(0, -1)] : [word];
}

/**
 * The line icon that best fits English words (an illustration's name, a query): an icon named exactly by a
 * word first, then one whose name starts with it, then any that contains it. Null when none does. Strict: only
 * an icon a word names, whose name starts with it ("plant-pot" for "plant", never "bot-off" for "off") or that
 * Lucide tags with it ("droplet" for "water").
 */
export function lineIconFor(words: readonly string[], exclude: ReadonlySet<string> = new Set(), options: { strict?: boolean } = {}): string | null {
  const icons = loadIconSet(LINE_ICON_SET).icons;
  const index = lineIconsByWord();
  // Strict: word by word, in the order given (best first), the icon it names or one whose name starts with it;
  // then the icon a word is a close tag of, the closest tag first ("lower the heating": heater, not layer-arrow-down).
  if (options.strict) {
    for (const word of words.flatMap(withSingular)) {
      if (icons[word] && !exclude.has(word)) return word;
      const prefixed = (index.get(word) ?? []).find((id) => id.startsWith(`${word}-`) && !exclude.has(id));
      if (prefixed) return prefixed;
      const alias = LINE_ICON_ALIASES[word];
      if (alias && icons[alias] && !exclude.has(alias)) return alias;
    }
    const tagged = words.map((word) => taggedIcon(word, exclude)).filter((entry) => entry !== null);
    return tagged.sort((a, b) => a.rank - b.rank)[0]?.id ?? null;
  }
  for (const word of words) if (icons[word] && !exclude.has(word)) return word;
  for (const word of words) {
    const ids = (index.get(word) ?? []).filter((id) => !exclude.has(id));
    const best = ids.find((id) => id.startsWith(`${word}-`)) ?? ids.sort((a, b) => a.length - b.length)[0];
    if (best) return best;
  }
  return null;
}
