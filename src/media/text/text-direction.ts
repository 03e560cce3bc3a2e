/** Letters of right-to-left scripts (bidi classes R and AL): Hebrew, Arabic (Persian, Urdu), Syriac, Thaana, N'Ko. */
const rtlLetter = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const strongLetter = /\p{L}/u;

/**
 * The base direction of a paragraph by its first strong letter (rules P2–P3 of the Unicode bidi algorithm).
 * Skia and libass reorder the runs inside a line; we decide the side a paragraph starts from and aligns to.
 */
export function textDirection(text: string): 'ltr' | 'rtl' {
  for (const char of text) {
    if (rtlLetter.test(char)) return 'rtl';
    if (strongLetter.test(char)) return 'ltr';
  }
  return 'ltr';
}
