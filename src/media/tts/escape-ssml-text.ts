/** Text made safe for eSpeak's SSML parser, with a way back to the original text. */
export interface EscapedText {
  escaped: string;
  /**
   * For each code point of `escaped` (0-based), the UTF-16 offset in the original text of the character it
   * came from; one extra entry at the end holds the original length.
   */
  originalOffsets: number[];
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * eSpeak always parses SSML, so `& < >` must become entities. Its events count code points of what it was
 * given, so we remember where each one came from.
 */
export function escapeSsmlText(text: string): EscapedText {
  let escaped = '';
  const originalOffsets: number[] = [];
  let offset = 0;
  for (const char of text) {
    const replacement = entities[char] ?? char;
    escaped += replacement;
    for (const _ of replacement) originalOffsets.push(offset);
    offset += char.length;
  }
  originalOffsets.push(text.length);
  return { escaped, originalOffsets };
}
