/** Keywords and text are compared in one form: NFKC, lower case, no variation selectors. */
export function normalizeKeyword(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase().replace(/\uFE0F/g, '').trim();
}

/** An emoji as a code-point key ("1f35e"), the form Iconify's chars.json uses. */
export function emojiKey(emoji: string): string {
  return [...emoji]
    .map((c) => c.codePointAt(0)!.toString(16))
    .filter((hex) => hex !== 'fe0f')
    .join('-');
}
