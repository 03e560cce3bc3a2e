export { voiceRoutes, VoiceSchema, voicePreviewKey } from './voice-routes.js';
