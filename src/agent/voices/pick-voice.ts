import type { Voice, VoiceGender } from '../../media/tts/index.js';
import { naturalness } from './naturalness.js';

/** Accents users name, and the language tags (best first) of voices that have them. */
export const accentLanguages: Record<string, readonly string[]> = {
  british: ['en-gb', 'en-gb-x-rp', 'en-gb-x-gbclan', 'en-gb-x-gbcwmd'],
  english: ['en-gb', 'en-gb-x-rp'],
  uk: ['en-gb', 'en-gb-x-rp'],
  american: ['en-us'],
  us: ['en-us'],
  scottish: ['en-gb-scotland'],
  caribbean: ['en-029'],
  jamaican: ['en-029'],
  indian: ['en-in'],
  australian: ['en-au'],
  irish: ['en-ie'],
};

export interface VoicePreference {
  /** Narration language, e.g. "en", "de", "pt-br". */
  language: string;
  gender?: VoiceGender;
  /** A key of accentLanguages. */
  accent?: string;
}

function languageMatches(voiceLanguage: string, tag: string): boolean {
  const v = voiceLanguage.toLowerCase();
  const t = tag.toLowerCase();
  return v === t || v.startsWith(`${t}-`);
}

/** How well a voice fits: accent first, then language (exact tag beats a regional variant), then gender. */
function rank(voice: Voice, preference: VoicePreference): number {
  let score = 0;
  const language = preference.language.toLowerCase();
  const accentTags = preference.accent ? (accentLanguages[preference.accent] ?? []) : [];
  const accentIndex = accentTags.findIndex((tag) => voice.language.toLowerCase() === tag);
  if (accentIndex >= 0) score += 100 - accentIndex;
  if (voice.language.toLowerCase() === language) score += 30;
  else if (languageMatches(voice.language, language)) score += 20;
  else if (languageMatches(language, voice.language.split('-')[0]!)) score += 10;
  // For plain English prefer the American voice: it is the one most people expect.
  if (language === 'en' && voice.language.toLowerCase() === 'en-us') score += 5;
  if (preference.gender && voice.gender === preference.gender) score += 40;
  // With no preference, the product's default narrator is female.
  if (!preference.gender && voice.gender === 'female') score += 1;
  return score + naturalness(voice);
}

/**
 * The voice that best fits a language, gender and accent, or null when no voice speaks the language (or,
 * for an accent or gender, has it). Ties keep the engine's order.
 */
export function pickVoice(voices: readonly Voice[], preference: VoicePreference): Voice | null {
  const language = preference.language.split('-')[0]!.toLowerCase();
  let candidates = voices.filter((v) => languageMatches(v.language, language));
  if (preference.accent) {
    const tags = accentLanguages[preference.accent] ?? [];
    candidates = candidates.filter((v) => tags.some((t) => v.language.toLowerCase() === t));
  }
  if (preference.gender) candidates = candidates.filter((v) => v.gender === preference.gender);
  if (candidates.length === 0) return null;
  let best = candidates[0]!;
  for (const voice of candidates) if (rank(voice, preference) > rank(best, preference)) best = voice;
  return best;
}
