import { DEFAULT_VOICE_ID, ELEVENLABS_ENGINE_ID, ESPEAK_ENGINE_ID, OPENAI_ENGINE_ID, type Voice } from '../../media/tts/index.js';
import type { VoiceQuality } from './voice-schemas.js';

/** A voice as the TTS layer lists it, with what it may say of itself (a neural engine knows if its model is pulled). */
export type ListedVoice = Voice & { quality?: VoiceQuality; installed?: boolean };

const qualityByEngine: Record<string, VoiceQuality> = {
  [ESPEAK_ENGINE_ID]: 'basic',
  [OPENAI_ENGINE_ID]: 'cloud',
  [ELEVENLABS_ENGINE_ID]: 'cloud',
};

/** The engine's own word first; otherwise eSpeak is basic, the cloud engines cloud, anything else a local model. */
export function voiceQuality(voice: ListedVoice): VoiceQuality {
  return voice.quality ?? qualityByEngine[voice.engine] ?? 'neural';
}

const qualityRank: Record<VoiceQuality, number> = { neural: 0, cloud: 1, basic: 2 };

/**
 * The list order: the server's default language first (so a client that takes the first voice gets one that
 * speaks it, not Afrikaans), then its other regions, then the rest; within each, installed voices before
 * ones still to pull, better quality first, the default voice first among equals, otherwise the engine's order.
 */
export function orderVoices<T extends ListedVoice>(voices: readonly T[], defaultVoiceId: string = DEFAULT_VOICE_ID): T[] {
  const defaultLanguage = (voices.find((voice) => voice.voice_id === defaultVoiceId)?.language ?? 'en-us').toLowerCase();
  const primary = defaultLanguage.split('-')[0]!;
  const languageRank = (voice: T) => {
    const language = voice.language.toLowerCase();
    if (language === defaultLanguage) return 0;
    return language === primary || language.startsWith(`${primary}-`) ? 1 : 2;
  };
  const key = (voice: T): number[] => [
    languageRank(voice),
    voice.installed === false ? 1 : 0,
    qualityRank[voiceQuality(voice)],
    voice.voice_id === defaultVoiceId ? 0 : 1,
  ];
  const keyed = voices.map((voice, index) => ({ voice, index, key: key(voice) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key) || a.index - b.index);
  return keyed.map((entry) => entry.voice);
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < a.length; index++) {
    const difference = a[index]! - b[index]!;
    if (difference !== 0) return difference;
  }
  return 0;
}

/** An item of GET /v3/voices. */
export function voiceView(voice: ListedVoice, publicUrl: string) {
  return {
    voice_id: voice.voice_id,
    name: voice.name,
    language: voice.language,
    gender: voice.gender,
    preview_audio_url: `${publicUrl}/v3/voices/${encodeURIComponent(voice.voice_id)}/preview`,
    support_pause: true,
    support_locale: false,
    // Every voice here is the server's; "private" is a voice a user cloned, which we do not offer.
    type: 'public' as const,
    engine: voice.engine,
    quality: voiceQuality(voice),
    installed: voice.installed ?? true,
  };
}

/** GET /v3/voices/{voice_id}: built-in voices are always `complete` and have no creation time. */
export function voiceDetailView(voice: ListedVoice, publicUrl: string) {
  const { support_locale: _locale, ...listed } = voiceView(voice, publicUrl);
  return { ...listed, support_interactive_avatar: false, status: 'complete' as const, created_at: null, failure_message: null };
}

/** "en" matches en, en-us, en-gb…; "en-gb" matches en-gb and its variants. */
export function matchesLanguage(voice: Voice, language: string | undefined): boolean {
  if (language === undefined) return true;
  const wanted = language.toLowerCase().replace('_', '-');
  const have = voice.language.toLowerCase();
  return have === wanted || have.startsWith(`${wanted}-`);
}
