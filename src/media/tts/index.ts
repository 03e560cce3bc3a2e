export type { TtsEngine, Voice, VoiceGender, Synthesis, SynthesizeOptions, WordTiming, PhonemeTiming } from './tts-engine.js';
export { EspeakTtsEngine, espeakRate } from './espeak-tts-engine.js';
export { DEFAULT_VOICE_ID, ESPEAK_ENGINE_ID } from './espeak-voice-catalogue.js';
export { pickVoice } from './pick-voice.js';
export { encodeWav } from './encode-wav.js';
export { createVoicePreview, previewSentence } from './create-voice-preview.js';
export { OPENAI_ENGINE_ID, ELEVENLABS_ENGINE_ID } from './cloud/index.js';
export { OpenAiTtsEngine, ElevenLabsTtsEngine, CompositeTtsEngine, createTtsEngine, type CloudTtsConfig, type TtsRoute } from './cloud/index.js';
