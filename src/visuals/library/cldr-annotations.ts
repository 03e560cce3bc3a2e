import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const annotationsDir = join(dirname(require.resolve('cldr-annotations-modern/package.json')), 'annotations');

/** CLDR's names for the languages we narrate in where its folder is named otherwise ("cmn" → "zh"). */
const aliases: Record<string, string> = { cmn: 'zh', 'zh-cn': 'zh', 'zh-tw': 'zh-Hant', 'zh-hk': 'zh-Hant-HK', nb: 'no', iw: 'he', fil: 'fil', tl: 'fil' };

/** The CLDR annotations folder for a language tag ("pt-br" → "pt", "ja" → "ja"), or null when CLDR has none. */
export function cldrLocaleFor(language: string): string | null {
  const tag = language.toLowerCase();
  const candidates = [aliases[tag], tag.replace(/-(\w+)$/, (_, region: string) => `-${region.length === 2 ? region.toUpperCase() : region}`), tag.split('-')[0]!];
  for (const candidate of candidates) {
    if (candidate && existsSync(join(annotationsDir, candidate, 'annotations.json'))) return candidate;
  }
  return null;
}

export interface EmojiAnnotation {
  /** Keywords people use for the emoji. */
  keywords: string[];
  /** Its short name, as a screen reader says it. */
  name: string;
}

/** emoji → keywords and name in one CLDR locale. */
export function readCldrAnnotations(locale: string): Map<string, EmojiAnnotation> {
  const file = require(join(annotationsDir, locale, 'annotations.json')) as {
    annotations: { annotations: Record<string, { default?: string[]; tts?: string[] }> };
  };
  const result = new Map<string, EmojiAnnotation>();
  for (const [emoji, entry] of Object.entries(file.annotations.annotations)) {
    result.set(emoji, { keywords: entry.default ?? [], name: entry.tts?.[0] ?? '' });
  }
  return result;
}
