import { detectLanguage, detectScriptLanguage } from '../text/index.js';

/** The languages the agent reads requests in and answers in; anything else gets English messages. */
export const AGENT_LANGUAGES = ['en', 'de', 'es', 'fr', 'it', 'pt', 'ru', 'uk', 'pl', 'tr', 'ja', 'zh', 'ko', 'ar', 'hi'] as const;
export type AgentLanguage = (typeof AGENT_LANGUAGES)[number];

const polish = /[ąćęłńśźżĄĆĘŁŃŚŹŻ]|(?<!\p{L})(?:zrób|zrob|stwórz|nagraj|dla|proszę|sekund|wideo|filmik)(?!\p{L})/iu;
const turkish = /[ğşıİĞŞ]|(?<!\p{L})(?:için|yap|oluştur|saniyelik|lütfen|bir|ve)(?!\p{L})/iu;

/** Scripts of one main language each that detectScriptLanguage does not name. */
const otherScripts: [RegExp, string][] = [
  [/\p{Script=Ethiopic}/gu, 'am'], [/\p{Script=Sinhala}/gu, 'si'], [/\p{Script=Khmer}/gu, 'km'], [/\p{Script=Lao}/gu, 'lo'], [/\p{Script=Myanmar}/gu, 'my'],
  [/\p{Script=Telugu}/gu, 'te'], [/\p{Script=Kannada}/gu, 'kn'], [/\p{Script=Malayalam}/gu, 'ml'], [/\p{Script=Gujarati}/gu, 'gu'], [/\p{Script=Gurmukhi}/gu, 'pa'],
];

function otherScript(text: string): string | null {
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  const hit = otherScripts.find(([re]) => (text.match(re) ?? []).length > letters * 0.3);
  return hit ? hit[1] : null;
}

/**
 * The language of a text as a voice language tag: its script names it (ja, ko, cmn, ru, uk, ar, he, hi, th…),
 * else Polish and Turkish by their letters and words, else the stop-word count (en, de, fr, es, it, pt, nl).
 */
export function textLanguage(text: string): string {
  const script = detectScriptLanguage(text) ?? otherScript(text);
  if (script) return script;
  const byWords = detectLanguage(text);
  if (byWords !== 'en') return byWords;
  const pl = (text.match(new RegExp(polish.source, 'giu')) ?? []).length;
  const tr = (text.match(new RegExp(turkish.source, 'giu')) ?? []).length;
  if (pl >= 2 && pl > tr) return 'pl';
  if (tr >= 2) return 'tr';
  return 'en';
}

/** The agent language to answer in for a text (English when the text is in none of the fifteen). */
export function messageLanguage(text: string): AgentLanguage {
  const tag = textLanguage(text);
  const base = tag === 'cmn' || tag === 'yue' ? 'zh' : tag.split('-')[0]!;
  return (AGENT_LANGUAGES as readonly string[]).includes(base) ? (base as AgentLanguage) : 'en';
}

/** The voice language tag for a language code: eSpeak calls Mandarin "cmn". */
export function voiceLanguageTag(language: string): string {
  return language === 'zh' ? 'cmn' : language;
}

/** A language's name in the language of the message ("japonés", "японский"). */
export function languageName(code: string, inLanguage: AgentLanguage): string {
  const tag = code === 'cmn' ? 'zh' : code;
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(tag) ?? code;
  } catch {
    return code;
  }
}
