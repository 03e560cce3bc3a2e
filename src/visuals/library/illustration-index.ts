import { createRequire } from 'node:module';
import { cldrLocaleFor, readCldrAnnotations } from './cldr-annotations.js';
import { isExcludedIllustration } from './excluded-illustrations.js';
import { loadIconSet, loadIconSetFile } from './load-icon-set.js';
import { emojiKey, normalizeKeyword } from './normalize-keyword.js';
import { matchKeywords } from './match-keywords.js';
import { topicAliases } from './topic-aliases.js';

export const ILLUSTRATION_SET = '@iconify-json/fluent-emoji-flat';
export const ILLUSTRATION_PROVIDER = 'fluent-emoji-flat';
export const ILLUSTRATION_LICENCE = 'MIT';
export const ILLUSTRATION_ATTRIBUTION = 'Fluent Emoji by Microsoft (MIT)';

const require = createRequire(import.meta.url);
/** A keyword people associate with a picture counts less than the picture's own name. */
const KEYWORD_WEIGHT = 0.7;
/** emojilib's synonyms are looser than CLDR's curated keywords ("home" is a synonym of the screaming face). */
export const SYNONYM_WEIGHT = 0.5;

/** One picture a keyword points to; a keyword that is the picture's own name weighs more. */
export interface KeywordTarget {
  id: string;
  weight: number;
}

export interface IllustrationMatch {
  id: string;
  score: number;
  /** The keywords that matched, best first. */
  keywords: string[];
  /** The weight of its strongest keyword: SYNONYM_WEIGHT when only emojilib's looser synonyms matched. */
  strength?: number;
}

/** English keywords people use that say nothing about a picture ("new", "top", "time"…). */
const englishNoise = new Set([
  'a', 'an', 'the', 'new', 'top', 'up', 'on', 'ok', 'back', 'end', 'soon', 'free', 'go', 'one', 'no', 'yes', 'all', 'time',
  'good', 'great', 'nice', 'cool', 'like', 'use', 'word', 'sign', 'mark', 'symbol', 'face', 'person', 'people', 'man',
  'woman', 'more', 'less', 'it', 'is', 'in', 'out', 'off', 'me', 'we', 'us', 'you', 'go', 'get', 'day', 'way', 'make',
  // A business word first: "our quarter in numbers" is not the moon.
  'quarter',
]);

/**
 * A keyword index over the bundled illustration set in one language: CLDR's emoji annotations (every language
 * we narrate), plus emojilib's synonyms and the pictures' own names for English. Built once per language.
 */
export class IllustrationIndex {
  private static readonly built = new Map<string, IllustrationIndex>();

  private constructor(
    readonly language: string,
    private readonly keywords: Map<string, KeywordTarget[]>,
    /** The words of each picture's own name in this language ("agua potable" for potable-water in Spanish). */
    private readonly nameWords: Map<string, ReadonlySet<string>>,
  ) {}

  static for(language: string): IllustrationIndex {
    const locale = cldrLocaleFor(language) ?? 'en';
    let index = IllustrationIndex.built.get(locale);
    if (!index) {
      const built = buildKeywords(locale);
      index = new IllustrationIndex(locale, built.keywords, built.nameWords);
      IllustrationIndex.built.set(locale, index);
    }
    return index;
  }

  /** Pictures for a text, best first; `exclude` leaves out pictures already used. */
  search(text: string, options: { exclude?: ReadonlySet<string>; limit?: number } = {}): IllustrationMatch[] {
    const scores = new Map<string, IllustrationMatch>();
    for (const hit of matchKeywords(text, this.language, this.keywords)) {
      const targets = this.keywords.get(hit.keyword)!;
      // A keyword shared by many pictures ("food", "animal") says less about any one of them.
      const specificity = 1 / Math.log2(1 + targets.length);
      for (const target of targets) {
        if (options.exclude?.has(target.id)) continue;
        const match = scores.get(target.id) ?? { id: target.id, score: 0, keywords: [] };
        // A keyword that is part of the picture's own name ("computer" for desktop-computer, "agua" for
        // "agua potable") fits it best.
        const named = target.id.split('-').includes(hit.keyword) || this.nameWords.get(target.id)?.has(hit.keyword) ? 1.5 : 1;
        match.score += target.weight * specificity * hit.weight * named;
        match.strength = Math.max(match.strength ?? 0, target.weight);
        if (!match.keywords.includes(hit.keyword)) match.keywords.push(hit.keyword);
        scores.set(target.id, match);
      }
    }
    return [...scores.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, options.limit ?? 10);
  }

  /** Whether the set has this picture (and it may be shown). */
  static has(id: string): boolean {
    return !isExcludedIllustration(id) && id in loadIconSet(ILLUSTRATION_SET).icons;
  }
}

function buildKeywords(locale: string): { keywords: Map<string, KeywordTarget[]>; nameWords: Map<string, ReadonlySet<string>> } {
  const chars = loadIconSetFile<Record<string, string>>(ILLUSTRATION_SET, 'chars.json');
  const icons = loadIconSet(ILLUSTRATION_SET).icons;
  const keywords = new Map<string, KeywordTarget[]>();
  const nameWords = new Map<string, ReadonlySet<string>>();
  const add = (keyword: string, id: string, weight: number): void => {
    const key = normalizeKeyword(keyword.replaceAll('_', ' '));
    if (key.length === 0 || (locale === 'en' && englishNoise.has(key))) return;
    const targets = keywords.get(key) ?? [];
    const existing = targets.find((t) => t.id === id);
    if (existing) existing.weight = Math.max(existing.weight, weight);
    else targets.push({ id, weight });
    keywords.set(key, targets);
  };
  const idFor = (emoji: string): string | null => {
    const id = chars[emojiKey(emoji)];
    return id && id in icons && !isExcludedIllustration(id) ? id : null;
  };
  for (const [emoji, annotation] of readCldrAnnotations(locale)) {
    const id = idFor(emoji);
    if (!id) continue;
    if (annotation.name) {
      add(annotation.name, id, 2);
      nameWords.set(id, new Set(normalizeKeyword(annotation.name).split(/\s+/).filter((word) => word.length >= 3)));
    }
    for (const keyword of annotation.keywords) add(keyword, id, KEYWORD_WEIGHT);
  }
  if (locale === 'en') addEnglishSynonyms(add, idFor, Object.keys(icons));
  for (const [word, id] of topicAliases(locale)) if (id in icons) add(word, id, 2);
  return { keywords, nameWords };
}

function addEnglishSynonyms(add: (keyword: string, id: string, weight: number) => void, idFor: (emoji: string) => string | null, ids: string[]): void {
  const emojilib = require('emojilib') as Record<string, string[]>;
  for (const [emoji, words] of Object.entries(emojilib)) {
    const id = idFor(emoji);
    if (!id) continue;
    words.forEach((word, i) => add(word, id, i === 0 ? 2 : SYNONYM_WEIGHT));
  }
  for (const id of ids) if (!isExcludedIllustration(id)) add(id.replaceAll('-', ' '), id, 2);
}
