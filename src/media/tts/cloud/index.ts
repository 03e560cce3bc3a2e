export { OpenAiTtsEngine, OPENAI_ENGINE_ID, OPENAI_VOICE_PREFIX, type OpenAiTtsOptions } from './openai-tts-engine.js';
export { ElevenLabsTtsEngine, ELEVENLABS_ENGINE_ID, ELEVENLABS_VOICE_PREFIX, type ElevenLabsTtsOptions } from './elevenlabs-tts-engine.js';
export { CompositeTtsEngine, type TtsRoute } from './composite-tts-engine.js';
export { createTtsEngine, type CloudTtsConfig } from './create-tts-engine.js';
export { fetchWithRetry, DEFAULT_RETRY_POLICY, type RetryPolicy } from './fetch-with-retry.js';
export { decodeAudio, readPcmWav } from './decode-audio.js';
export { alignToClip, wordsFromCharacters, phonemesOntoWords } from './align-timings.js';
export { speechSpan } from '../align/index.js';
