import { commonWords, isDateOrTime, isOrdinalDay } from '../../../visuals/index.js';
import type { CaptionWord } from '../caption-cues.js';

/** A key word of the narration on screen from `start` to `end` (seconds on the scene's clock). */
export interface KineticWord {
  text: string;
  start: number;
  end: number;
}

/** How long a key word stays up at most, and the least time between two. */
const HOLD_SEC = 1.6;
const SPACING_SEC = 1.1;
const KANJI_OR_KATAKANA = /[\p{Script=Han}\p{Script=Katakana}]/u;
const HIRAGANA_ONLY = /^[\p{Script=Hiragana}ー]+$/u;

const strip = (text: string) => text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
const PERCENT_WORD = /^(?:percent|prozent|procent|procento|prosent)$/iu;
const CLOCK_WORD = /^(?:[ap]m|h|uhr|heures?|horas?)$/iu;
/** Infinitive endings of the languages that mark them, for `pickKineticWords`' guess at what is a verb. */
const INFINITIVE: Record<string, RegExp> = { it: /\p{L}{3}(?:are|ere|ire)$/u, es: /\p{L}{3}(?:ar|er|ir)$/u, pt: /\p{L}{3}(?:ar|er|ir)$/u, fr: /\p{L}{3}(?:er|ir)$/u };
const PERCENT_PAIR = /^(?:per cent|pour cent|por ciento|por cento|per cento)$/iu;

/**
 * A figure with what it counts, as said: "18" "degrees" → "18 degrees", "12" "janvier" → "12 janvier", "15" "pour
 * cent" → "15%". A bare "18" on screen says nothing. Not across a sentence or clause break, nor onto a function word.
 */
function withUnit(token: string, spoken: string, next: readonly CaptionWord[], common: ReadonlySet<string>): string {
  if (next.length === 0) return token;
  const first = strip(next[0]!.text);
  // "12." "Januar": a day's ordinal dot, then its month.
  if (isOrdinalDay(`${spoken} ${first}`, 0, token.length)) return `${token}. ${first}`;
  if (/[.,;:!?。、]$/u.test(spoken)) return token;
  const pair = next.length > 1 ? `${first} ${strip(next[1]!.text)}` : '';
  // "3" "de" "febrero": a day and its month, through the "de"/"di" between them.
  if (/^(?:de|di)$/iu.test(first) && pair && isDateOrTime(`${token} ${pair}`, 0, token.length)) return `${token} ${pair}`;
  // "40 %" as French and German write it: the sign is a word of its own.
  if (PERCENT_WORD.test(first) || PERCENT_PAIR.test(pair) || /^%[.,;:!?]*$/u.test(next[0]!.text.trim())) return `${token}%`;
  // "40%", "$4.2M" already carry their unit.
  if (!/\d$/.test(token) || !/^\p{L}+$/u.test(first)) return token;
  if (common.has(first.toLowerCase()) && !CLOCK_WORD.test(first)) return token;
  return `${token} ${first}`;
}

/**
 * Two to four key words of a scene's narration, in spoken order, each shown from when it is said: figures first,
 * then names and long nouns, never a function word of the language (the illustration index's list). A simple
 * score, not a parser: digits, a capital inside a sentence, length, Han or Katakana script; words of the
 * headline (what the scene is about) count extra.
 */
export function pickKineticWords(words: readonly CaptionWord[], options: { language: string; headline?: string; sceneEnd: number }): KineticWord[] {
  const common = commonWords(options.language);
  const headline = new Set((options.headline ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  const german = options.language.toLowerCase().startsWith('de');
  const english = options.language.toLowerCase().startsWith('en');
  const scored = words.flatMap((word, index) => {
    // Japanese phrases end in a particle (東京の, オフィスは): the word on screen is what comes before it.
    const shown = word.text.replace(/^[^\p{L}\p{N}$€£¥]+|[^\p{L}\p{N}%]+$/gu, '').replace(/(?<=[\p{Script=Han}\p{Script=Katakana}ー])[のはがをにでともへや]+$/u, '');
    // English possessives show their name ("Acme Bank's" → "Bank").
    const token = english ? shown.replace(/(?<=\p{L})['’]s$/u, '') : shown;
    const lower = token.toLowerCase();
    if (!token || common.has(lower) || HIRAGANA_ONLY.test(token)) return [];
    const cjk = KANJI_OR_KATAKANA.test(token);
    if (!cjk && [...token].length < 4 && !/\d/.test(token)) return [];
    const sentenceStart = index === 0 || /[.!?。！？:]$/u.test(words[index - 1]!.text);
    let score = Math.min([...token].length, 12) / 4;
    if (/\d/.test(token)) score += 5;
    if (/^\p{Lu}/u.test(token) && !sentenceStart) score += german ? 1.2 : 3;
    // What a scene shows is a thing, not a doing: German writes its nouns with a capital, so a lower-case word is
    // none; an infinitive ("preparare", "stallen") or a sentence's first word (often an imperative: "Mescola")
    // rarely is. Scores, not rules: a long such word still beats a short function of the sentence.
    if (german && /^\p{Ll}/u.test(token)) score -= 1.5;
    else if (sentenceStart && !cjk) score -= 1;
    if (INFINITIVE[options.language.slice(0, 2).toLowerCase()]?.test(lower)) score -= 1.5;
    if (cjk) score += 2;
    if (headline.has(lower)) score += 1.5;
    const previous = index > 0 ? words[index - 1]! : null;
    const previousToken = previous ? strip(previous.text) : '';
    // "March 3": the month said before its day is part of what is shown.
    if (/^\d{1,2}$/.test(token) && previous && !/[.,;:!?。]$/u.test(previous.text) && !common.has(previousToken.toLowerCase()) && isDateOrTime(`${previousToken} ${token}`, previousToken.length + 1, previousToken.length + 1 + token.length)) {
      return [{ text: `${previousToken} ${token}`, start: previous.start, score, lower }];
    }
    let text = /\d/.test(token) ? withUnit(token, word.text, words.slice(index + 1, index + 3), common) : token;
    // A bare small number ("from 7", "5 consigli") says nothing on its own.
    if (/^\d{1,2}$/.test(text)) return [];
    // A name of two capitalised words ("Main Street", "New York") is shown whole, outside German's capital nouns.
    const capital = (w: CaptionWord | undefined, start: boolean) => w !== undefined && !start && /^\p{Lu}\p{Ll}*$/u.test(strip(w.text));
    if (!german && !cjk && capital(word, sentenceStart)) {
      const next = words[index + 1];
      const previousStart = index <= 1 || /[.!?。！？:]$/u.test(words[index - 2]!.text);
      if (!/[.,;:!?]$/u.test(word.text) && capital(next, false)) text = `${token} ${strip(next!.text)}`;
      else if (previous && !/[.,;:!?]$/u.test(previous.text) && capital(previous, previousStart)) return [{ text: `${previousToken} ${token}`, start: previous.start, score, lower }];
    }
    return [{ text, start: word.start, score, lower }];
  });
  const wanted = Math.max(2, Math.min(4, Math.round((options.sceneEnd - (words[0]?.start ?? 0)) / 3)));
  const chosen: typeof scored = [];
  for (const candidate of [...scored].sort((a, b) => b.score - a.score)) {
    if (chosen.length >= wanted) break;
    if (chosen.some((c) => c.lower === candidate.lower || Math.abs(c.start - candidate.start) < SPACING_SEC)) continue;
    chosen.push(candidate);
  }
  chosen.sort((a, b) => a.start - b.start);
  return chosen.map((c, i) => ({ text: c.text, start: c.start, end: Math.min(c.start + HOLD_SEC, chosen[i + 1]?.start ?? Infinity, options.sceneEnd) }));
}
