import { AUDIENCE_AFTER, AUDIENCE_BEFORE, LANDSCAPE_WORDS, MINUTE_UNITS, PORTRAIT_WORDS, SECOND_UNITS, TONE_WORDS } from './instruction-words.js';

export interface Instruction {
  durationSec: number | null;
  orientation: 'portrait' | 'landscape' | null;
  tone: string | null;
  audience: string | null;
}

/** Digits of any script (Arabic-Indic, Persian, Devanagari, full-width) as ASCII. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\uff10-\uff19]/g, (d) => {
    const code = d.charCodeAt(0);
    const zero = code >= 0xff10 ? 0xff10 : code >= 0x0966 ? 0x0966 : code >= 0x06f0 ? 0x06f0 : 0x0660;
    return String(code - zero);
  });
}

/** A Latin or Cyrillic unit ends a word ("10 s" but not "10 sheep"); "10秒の" goes straight on. */
const edge = '(?![\\p{Script=Latin}\\p{Script=Cyrillic}])';

function amount(text: string, units: string): number | null {
  const m = new RegExp(`(\\d+(?:[.,]\\d+)?)\\s*-?\\s*(?:${units})${edge}`, 'iu').exec(text);
  return m ? Number(m[1]!.replace(',', '.')) : null;
}

/**
 * Length, orientation, tone and audience from the instruction around a quoted script, in any of the
 * fifteen languages the agent understands ("Сделай видео на 10 секунд", 「10秒の縦型動画」, "Haz un video de 10 segundos").
 */
export function parseInstruction(raw: string): Instruction {
  const text = asciiDigits(raw);
  const seconds = amount(text, SECOND_UNITS);
  const minutes = amount(text, MINUTE_UNITS);
  const total = (minutes ?? 0) * 60 + (seconds ?? 0);
  const durationSec = total >= 5 && total <= 1800 ? total : null;
  const orientation = new RegExp(`(?:${PORTRAIT_WORDS})`, 'iu').test(text) ? 'portrait' : new RegExp(`(?:${LANDSCAPE_WORDS})`, 'iu').test(text) ? 'landscape' : null;
  const tone = Object.entries(TONE_WORDS).find(([, words]) => new RegExp(`(?<![\\p{L}])(?:${words})`, 'iu').test(text))?.[0] ?? null;
  return { durationSec, orientation, tone, audience: audienceOf(text) };
}

function audienceOf(text: string): string | null {
  const before = new RegExp(`(?<![\\p{L}])(?:${AUDIENCE_BEFORE})\\s+([^.,:;!?。、，：；！？\\d]{2,40}?)(?=\\s*(?:[.,:;!?。、，：；！？]|$))`, 'iu').exec(text);
  if (before) return before[1]!.trim();
  const after = new RegExp(`([\\p{L}\\p{M}]{1,12}?)\\s*(?:${AUDIENCE_AFTER})`, 'u').exec(text);
  if (after) return after[1]!.trim();
  const zh = /(?:面向|给)(\p{Script=Han}{1,8}?)(?:的|看)/u.exec(text);
  if (zh) return zh[1]!;
  const ar = /(?<![\p{L}])ل(?:ل)?(\p{Script=Arabic}{3,20})/u.exec(text);
  return ar && /^(?:أطفال|طلاب|عملاء|موظفين|مبتدئين|آباء|شباب)/u.test(ar[1]!) ? ar[1]! : null;
}
