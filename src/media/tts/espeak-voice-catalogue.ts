import type { Voice, VoiceGender } from './tts-engine.js';
import type { RawEspeakVoice } from './espeak-worker-client.js';

/** A catalogue voice and the eSpeak voice name (identifier plus variant) that speaks it. */
export interface EspeakVoice extends Voice {
  espeakName: string;
}

export const ESPEAK_ENGINE_ID = 'espeak-ng';

/** The female variant: eSpeak's base voices are male; f3 is the clearest of its f1–f5 variants. */
export const ESPEAK_FEMALE_VARIANT = 'f3';

/** English (US), female: the voice used when nothing else is asked for. */
export const DEFAULT_VOICE_ID = 'espeak-en-us-female';

// eSpeak names its British voice plainly "en"; everything else is keyed by its identifier's last part.
const languageOverrides: Record<string, string> = { 'gmw/en': 'en-gb' };
const nameOverrides: Record<string, string> = {
  'en-us': 'English (US)',
  'en-gb': 'English (UK)',
  'en-us-nyc': 'English (US, New York City)',
};
// Test voices that are not a language.
const excluded = new Set(['art/xex']);

/**
 * Every eSpeak language voice offered twice: the base voice as male and its f3 variant as female.
 * Ids are URL-safe and depend only on eSpeak's identifiers, so they stay stable across releases.
 */
export function espeakVoiceCatalogue(rawVoices: readonly RawEspeakVoice[]): EspeakVoice[] {
  const voices: EspeakVoice[] = [];
  const seen = new Set<string>();
  for (const raw of rawVoices) {
    if (excluded.has(raw.identifier)) continue;
    const language = languageOverrides[raw.identifier] ?? (raw.identifier.split('/').pop() ?? raw.identifier).toLowerCase();
    const slug = language.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    if (slug === '' || seen.has(slug)) continue;
    seen.add(slug);
    const name = nameOverrides[language] ?? raw.name.trim();
    for (const gender of ['male', 'female'] as const satisfies readonly VoiceGender[]) {
      voices.push({
        voice_id: `espeak-${slug}-${gender}`,
        name: `${name} – ${gender}`,
        language,
        gender,
        engine: ESPEAK_ENGINE_ID,
        espeakName: gender === 'female' ? `${raw.identifier}+${ESPEAK_FEMALE_VARIANT}` : raw.identifier,
      });
    }
  }
  return voices;
}
