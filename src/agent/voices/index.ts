export { pickVoice, accentLanguages, type VoicePreference } from './pick-voice.js';
