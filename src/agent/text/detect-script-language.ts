/** Scripts that name their language well enough to pick a voice (eSpeak-NG language codes). */
const scripts: [RegExp, string][] = [
  [/[\u3040-\u30ff]/gu, 'ja'],
  [/[\uac00-\ud7af\u1100-\u11ff]/gu, 'ko'],
  [/[\u4e00-\u9fff]/gu, 'cmn'],
  [/[\u0400-\u04ff]/gu, 'ru'],
  [/[\u0600-\u06ff]/gu, 'ar'],
  [/[\u0590-\u05ff]/gu, 'he'],
  [/[\u0370-\u03ff]/gu, 'el'],
  [/[\u0900-\u097f]/gu, 'hi'],
  [/[\u0980-\u09ff]/gu, 'bn'],
  [/[\u0e00-\u0e7f]/gu, 'th'],
  [/[\u0b80-\u0bff]/gu, 'ta'],
  [/[\u10a0-\u10ff]/gu, 'ka'],
  [/[\u0530-\u058f]/gu, 'hy'],
];

/**
 * The language of a text written mostly in a non-Latin script (Japanese, Korean, Chinese, Russian or
 * Ukrainian, Arabic, Hebrew, Greek, Hindi, Bengali, Thai, Tamil, Georgian, Armenian), or null for Latin
 * text (which `detectLanguage` handles by stop words). Used to pick a voice that can read the text.
 */
export function detectScriptLanguage(text: string): string | null {
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (letters === 0) return null;
  let best: { tag: string; count: number } | null = null;
  for (const [re, tag] of scripts) {
    const count = (text.match(re) ?? []).length;
    if (count > 0 && (!best || count > best.count)) best = { tag, count };
  }
  if (!best || best.count < letters * 0.3) return null;
  // Kana anywhere means Japanese, even when kanji outnumber it.
  if (best.tag === 'cmn' && /[\u3040-\u30ff]/u.test(text)) return 'ja';
  if (best.tag === 'ru' && /[ієїґІЄЇҐ]/u.test(text)) return 'uk';
  return best.tag;
}
