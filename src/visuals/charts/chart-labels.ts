/** "Before"/"After" for a two-bar change, in the languages we narrate (English elsewhere). */
const labels: Record<string, [string, string]> = {
  en: ['Before', 'After'], de: ['Vorher', 'Nachher'], fr: ['Avant', 'Après'], es: ['Antes', 'Después'], it: ['Prima', 'Dopo'],
  pt: ['Antes', 'Depois'], nl: ['Voor', 'Na'], ru: ['До', 'После'], uk: ['До', 'Після'], pl: ['Przed', 'Po'], tr: ['Önce', 'Sonra'],
  ja: ['以前', '以後'], zh: ['之前', '之后'], ko: ['이전', '이후'], ar: ['قبل', 'بعد'], hi: ['पहले', 'बाद में'],
};

export function chartLabels(language: string): { before: string; after: string } {
  const [before, after] = labels[language.toLowerCase().split('-')[0]!] ?? labels.en!;
  return { before, after };
}
