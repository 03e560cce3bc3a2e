/** A piece of text a line may not break inside, and whether a space separates it from the one before. */
export interface BreakUnit {
  text: string;
  spaceBefore: boolean;
}

/** Scripts written without spaces between words: lines break between words or phrases instead. */
const spacelessScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const kana = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Kinsoku: characters that may not begin a line (closing brackets, stops, small kana, the prolonged sound mark). */
const noLineStart = /^[、。，．,.！？!?：；:;」』）)】〉》〕］}ー々〻ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ・…‥〜～％%‰℃]/u;
/** …and characters that may not end one (opening brackets). */
const noLineEnd = /[「『（(【〈《〔［{]$/u;
const allHiragana = /^\p{Script=Hiragana}+$/u;
const wordLike = /[\p{L}\p{N}]/u;
const endsInHiragana = /\p{Script=Hiragana}$/u;

export function isSpaceless(text: string): boolean {
  return spacelessScript.test(text);
}

/**
 * Japanese words grouped into phrases (bunsetsu): a content word (kanji, katakana, Latin, digits) with the
 * particles and endings in hiragana that follow it, so "私たちの｜パン屋は｜月曜日から" never splits a particle off.
 */
function japanesePhrases(words: readonly string[]): string[] {
  const phrases: string[] = [];
  let tail = true;
  for (const word of words) {
    const functionWord = allHiragana.test(word) || !wordLike.test(word);
    if (phrases.length === 0 || (!functionWord && tail)) {
      phrases.push(word);
    } else {
      phrases[phrases.length - 1] += word;
    }
    // "時に", "焼き": a word that ends in kana closes its phrase like a particle does.
    tail = functionWord || endsInHiragana.test(word);
  }
  return phrases;
}

/** Applies the line-start and line-end rules by gluing the offending piece to its neighbour. */
function kinsoku(pieces: readonly string[]): string[] {
  const out: string[] = [];
  let carry = '';
  for (const piece of pieces) {
    const text = carry + piece;
    carry = '';
    if (out.length > 0 && noLineStart.test(text)) out[out.length - 1] += text;
    else out.push(text);
    if (noLineEnd.test(out[out.length - 1]!)) carry = out.pop()!;
  }
  if (carry) out.push(carry);
  return out;
}

/** Words of a space-less run (ICU's dictionary segmenter), grouped into phrases for Japanese. */
function spacelessUnits(run: string, language: string | null): string[] {
  const locale = language && /^(?:ja|zh|cmn|yue|th|lo|km|my)/i.test(language) ? language.replace(/^cmn|^yue/i, 'zh') : kana.test(run) ? 'ja' : 'zh';
  const words = [...new Intl.Segmenter(locale, { granularity: 'word' }).segment(run)].map((s) => s.segment);
  return kinsoku(kana.test(run) ? japanesePhrases(words) : words);
}

/**
 * Where a line may break: between space-separated words in most scripts, between phrases in Japanese and
 * between words in Chinese and Thai (which use no spaces), never before a closing mark or after an opening one.
 */
export function lineBreakUnits(text: string, language: string | null = null): BreakUnit[] {
  const units: BreakUnit[] = [];
  for (const token of text.split(/\s+/).filter(Boolean)) {
    const pieces = isSpaceless(token) ? spacelessUnits(token, language) : [token];
    pieces.forEach((piece, i) => units.push({ text: piece, spaceBefore: i === 0 && units.length > 0 }));
  }
  return units;
}
