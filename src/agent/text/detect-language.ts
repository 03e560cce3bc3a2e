import { knownLanguages, stopWords, wordsOf, type KnownLanguage } from './stop-words.js';

/**
 * Verbs a short request opens with ("Erkläre Quantencomputer", "Explique l’informatique quantique"), which
 * name the language when a bare topic has too few stop words to count. Forms two languages share count
 * for both.
 */
const openingVerbs: Record<string, KnownLanguage[]> = {
  erkläre: ['de'], erklär: ['de'], erklären: ['de'], beschreibe: ['de'], zeige: ['de'], erstelle: ['de'], mach: ['de'], mache: ['de'], produziere: ['de'],
  explique: ['fr', 'pt'], expliquez: ['fr'], décris: ['fr'], décrivez: ['fr'], présente: ['fr'], présentez: ['fr'], montre: ['fr'], montrez: ['fr'], fais: ['fr'], faites: ['fr'], crée: ['fr'], créez: ['fr'], raconte: ['fr'],
  explica: ['es', 'pt'], explícame: ['es'], explícanos: ['es'], muestra: ['es'], haz: ['es'], cuenta: ['es'], crea: ['es', 'it'],
  spiega: ['it'], spiegami: ['it'], descrivi: ['it'], racconta: ['it'], fai: ['it'],
  mostre: ['pt'], faça: ['pt'], crie: ['pt'], descreva: ['pt'],
  maak: ['nl'], beschrijf: ['nl'], vertel: ['nl'],
};

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
  // Elision ("l’informatique", "d’abord", "qu’il") hints at French; Italian elides too, but its own hints weigh more.
  counts.set('fr', counts.get('fr')! + Math.min(4, 2 * (text.match(/(?<!\p{L})(?:[dl]|qu|[jnsc])['’](?=\p{L})/giu) ?? []).length));
  const verb = openingVerbs[words[0] ?? ''];
  for (const lang of verb ?? []) counts.set(lang, counts.get(lang)! + (verb!.length === 1 ? 4 : 2));
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
