/**
 * A quick guess at how long narration takes to speak, used only when the real TTS cannot measure it.
 * About 2.6 words a second at pace 1 (eSpeak's default rate is close to 160 words a minute), plus short
 * pauses at sentence and clause ends; digits are read as several words.
 */
export function estimateNarrationSeconds(text: string, pace = 1): number {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  const words = trimmed.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  let spoken = 0;
  for (const word of words) {
    const digits = word.replace(/[^0-9]/g, '').length;
    // "2024" or "1,500" is read as two to four words.
    spoken += digits > 1 ? Math.min(4, 1 + Math.ceil(digits / 2)) : 1;
  }
  const sentenceEnds = (trimmed.match(/[.!?…]+(\s|$)/g) ?? []).length;
  const clauseBreaks = (trimmed.match(/[,;:—–]\s/g) ?? []).length;
  const seconds = spoken / 2.6 + sentenceEnds * 0.35 + clauseBreaks * 0.15;
  return seconds / Math.min(2, Math.max(0.5, pace));
}
