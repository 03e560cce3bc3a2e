export { voiceRoutes, voicePreviewKey } from './voice-routes.js';
export { VoiceSchema, VoiceDetailSchema, SpeechBody, SpeechView, MAX_SPEECH_CHARS, MIN_SPEECH_SPEED, MAX_SPEECH_SPEED } from './voice-schemas.js';
