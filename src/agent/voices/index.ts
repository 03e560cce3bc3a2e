export { pickVoice, accentLanguages, type VoicePreference } from './pick-voice.js';
export { naturalness } from './naturalness.js';
export { pickNaturalVoice } from './pick-natural-voice.js';
