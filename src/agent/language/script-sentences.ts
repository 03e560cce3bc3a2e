import { displayWidth, lineBreakUnits } from '../../media/text/index.js';

/** Sentences of a script in any script: after . ! ? … and their full-width, Arabic (؟) and Devanagari (।) forms. */
export function scriptSentences(script: string): string[] {
  const text = script.replace(/\s+/g, ' ').trim();
  return (text.match(/[^.!?…。！？؟।]+(?:[.!?…。！？؟।]+["'”’»」』)]*|$)/gu) ?? [])
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s))
    .reduce<string[]>((out, s) => {
      // "7.30" or "Dr." split a sentence in two: a piece that starts with a digit or lower case joins the last.
      if (out.length > 0 && /^[\p{Ll}\p{N}]/u.test(s) && /\.$/.test(out[out.length - 1]!)) out[out.length - 1] += /^\p{N}/u.test(s) ? s : ` ${s}`;
      else out.push(s);
      return out;
    }, []);
}

/**
 * A heading from a sentence of the script, in its own words: the sentence without its final stop, cut at
 * a word or phrase boundary to at most `maxColumns` (a CJK character counts two).
 */
export function headingFromSentence(sentence: string, maxColumns = 60): string {
  const clean = sentence.trim().replace(/[.!?…。！？؟।]+["'”’»」』)]*$/u, '').trim();
  // A sentence a few characters over is kept whole rather than cut before its verb ("アプリは無料で").
  if (displayWidth(clean) <= maxColumns * 1.25) return clean;
  // A first clause that fits in half as much again ends the heading better than a phrase cut short before its verb.
  const clause = /^[^、，,;；]+/u.exec(clean)?.[0] ?? '';
  if (clause !== clean && displayWidth(clause) <= maxColumns * 1.5) return clause;
  let out = '';
  for (const unit of lineBreakUnits(clean)) {
    const next = `${out}${out && unit.spaceBefore ? ' ' : ''}${unit.text}`;
    if (out && displayWidth(next) > maxColumns) break;
    out = next;
  }
  return out.replace(/[,、，;:：]+$/u, '');
}

/** A label that introduces the text to read ("Text:", "ナレーション：", «Текст:»), in the fifteen languages. */
export const SCRIPT_LABEL =
  /(?:text|script|narration|voice-?over|voiceover|says?|read|sprechertext|skript|texto|guion|guión|narración|texte|script|narrazione|testo|roteiro|narração|текст|сценарий|озвучка|озвучення|сценарій|tekst|skrypt|lektor|metin|senaryo|seslendirme|ナレーション|原稿|台本|セリフ|テキスト|文案|旁白|台词|脚本|文本|내레이션|대본|텍스트|النص|نص|السيناريو|التعليق|पाठ|स्क्रिप्ट|नैरेशन)\s*[:：]?\s*$/iu;
