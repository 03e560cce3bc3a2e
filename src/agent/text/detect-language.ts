import { knownLanguages, stopWords, wordsOf, type KnownLanguage } from './stop-words.js';

/**
 * The language of a text by counting stop words: "en" unless another language clearly wins (at least
 * three of its stop words and half again as many as English).
 */
export function detectLanguage(text: string): KnownLanguage {
  const words = wordsOf(text);
  const counts = new Map<KnownLanguage, number>();
  for (const lang of knownLanguages) {
    const list = stopWords[lang];
    // Distinct-word hits count double so one repeated article ("a") does not decide.
    const hits = words.filter((w) => list.has(w));
    counts.set(lang, hits.length + new Set(hits).size);
  }
  // Accented letters and characters a language alone uses are strong hints.
  const bonus: Partial<Record<KnownLanguage, RegExp>> = { de: /[äöüß]/g, fr: /[àâçèêëîïôœùûÿ]/g, es: /[ñ¿¡]|ción\b/g, pt: /[ãõ]|ção\b/g, it: /\b(gli|della|sono)\b/g, nl: /\b(ij\w*|het|een)\b/g };
  for (const [lang, re] of Object.entries(bonus) as [KnownLanguage, RegExp][]) {
    counts.set(lang, counts.get(lang)! + Math.min(6, (text.toLowerCase().match(re) ?? []).length));
  }
  const en = counts.get('en')!;
  let best: KnownLanguage = 'en';
  let bestCount = en;
  for (const lang of knownLanguages) {
    if (lang !== 'en' && counts.get(lang)! > bestCount) {
      best = lang;
      bestCount = counts.get(lang)!;
    }
  }
  return best !== 'en' && bestCount >= 4 && bestCount >= en * 1.5 ? best : 'en';
}
