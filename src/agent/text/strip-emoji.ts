/**
 * Pictographs with their modifiers: skin tones, variation selectors, zero-width joiners, keycap marks, tags,
 * regional indicators. ©, ® and ™ are pictographs to Unicode but ordinary text to a font: they stay.
 */
const emojiSource = String.raw`(?:(?![©®™])\p{Extended_Pictographic}|\p{Regional_Indicator})(?:[\u{1F3FB}-\u{1F3FF}\uFE0E\uFE0F\u20E3\u{E0020}-\u{E007F}]|\u200D(?:\p{Extended_Pictographic}|\p{Emoji_Modifier})?)*|[\uFE0F\u20E3]`;
const hasEmoji = new RegExp(emojiSource, 'u');

/** Text without emoji (a narrator cannot say them, and no bundled font draws them); spaces they leave are tidied. */
export function stripEmoji(text: string): string {
  if (!hasEmoji.test(text)) return text;
  return text
    .replace(new RegExp(emojiSource, 'gu'), ' ')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ +([.,;:!?])/g, '$1')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .trim();
}
