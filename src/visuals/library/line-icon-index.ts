import { loadIconSet } from './load-icon-set.js';

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

/**
 * The line icon that best fits English words (an illustration's name, a query): an icon named exactly by a
 * word first, then one whose name starts with it, then any that contains it. Null when none does.
 */
export function lineIconFor(words: readonly string[], exclude: ReadonlySet<string> = new Set()): string | null {
  const icons = loadIconSet(LINE_ICON_SET).icons;
  for (const word of words) if (icons[word] && !exclude.has(word)) return word;
  const index = lineIconsByWord();
  for (const word of words) {
    const ids = (index.get(word) ?? []).filter((id) => !exclude.has(id));
    const best = ids.find((id) => id.startsWith(`${word}-`)) ?? ids.sort((a, b) => a.length - b.length)[0];
    if (best) return best;
  }
  return null;
}
