import type { Voice, VoiceGender } from '../../media/tts/index.js';
import { naturalness } from './naturalness.js';
import { pickVoice } from './pick-voice.js';

/** "Use a more natural voice": the best installed neural voice for the language, or why there is none. */
export function pickNaturalVoice(voices: readonly Voice[], language: string, wanted: { gender?: VoiceGender; accent?: string }): Voice | string {
  const natural = voices.filter((voice) => naturalness(voice) > 0);
  const voice = pickVoice(natural, { language, ...(wanted.gender ? { gender: wanted.gender } : {}), ...(wanted.accent ? { accent: wanted.accent } : {}) });
  return voice ?? `no natural voice for ${language} is installed (run "video-agent models pull" on the server, or see the studio's Voices & models page)`;
}
