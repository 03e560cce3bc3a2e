import type { Voice, VoiceGender } from './tts-engine.js';

// Tags people write that eSpeak files under another name.
const aliases: Record<string, string> = {
  en: 'en-us',
  'en-uk': 'en-gb',
  pt: 'pt-br',
  'pt-pt': 'pt',
  'es-es': 'es',
  'es-mx': 'es-419',
  'fr-fr': 'fr',
  zh: 'cmn',
  'zh-cn': 'cmn',
  'zh-hans': 'cmn',
  'zh-tw': 'cmn',
  'zh-hant': 'cmn',
  'zh-hk': 'yue',
  no: 'nb',
  nn: 'nb',
  iw: 'he',
};

/**
 * The best voice for a language tag, matched loosely ("en" → en-us, "pt" → pt-br, "de-DE" → de),
 * preferring the asked gender (female when none is asked), and falling back to English (US).
 */
export function pickVoice(voices: readonly Voice[], wanted: { language?: string; gender?: VoiceGender } = {}): Voice {
  const gender = wanted.gender ?? 'female';
  for (const language of [...candidateTags(wanted.language), 'en-us', 'en']) {
    const matching = voices.filter((voice) => voice.language.toLowerCase() === language);
    const voice = matching.find((candidate) => candidate.gender === gender) ?? matching[0];
    if (voice !== undefined) return voice;
  }
  const fallback = voices.find((voice) => voice.gender === gender) ?? voices[0];
  if (fallback === undefined) throw new Error('There are no voices to pick from');
  return fallback;
}

/** "zh-Hans-CN" → zh-hans-cn, cmn (alias of zh-hans), zh-hans, cmn (alias of zh), zh. */
function candidateTags(language: string | undefined): string[] {
  const tag = (language ?? '').trim().toLowerCase().replace(/_/g, '-');
  if (tag === '') return [];
  const parts = tag.split('-');
  const tags: string[] = [];
  for (let length = parts.length; length > 0; length--) {
    const prefix = parts.slice(0, length).join('-');
    // The alias first: "pt" means Brazilian Portuguese to most people, though eSpeak's "pt" is Portugal's.
    const alias = aliases[prefix];
    if (alias !== undefined) tags.push(alias);
    tags.push(prefix);
  }
  return tags;
}
