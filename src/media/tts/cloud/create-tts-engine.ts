import { EspeakTtsEngine } from '../espeak-tts-engine.js';
import { DEFAULT_VOICE_ID } from '../espeak-voice-catalogue.js';
import type { TtsEngine } from '../tts-engine.js';
import { NeuralTtsEngine, type NeuralVoiceSource } from '../neural/index.js';
import { CompositeTtsEngine, type TtsRoute } from './composite-tts-engine.js';
import { ElevenLabsTtsEngine, ELEVENLABS_VOICE_PREFIX } from './elevenlabs-tts-engine.js';
import { OpenAiTtsEngine, OPENAI_VOICE_PREFIX } from './openai-tts-engine.js';

/** Cloud voices as configured (config.ts: OPENAI_TTS_* and ELEVENLABS_*); both null means eSpeak alone. */
export interface CloudTtsConfig {
  openai: { baseUrl: string; apiKey: string | null; model: string; responseFormat: 'wav' | 'pcm' | 'mp3' } | null;
  elevenlabs: { baseUrl: string; apiKey: string; modelId: string; outputFormat: string } | null;
}

/**
 * The TTS engine for the composition root: eSpeak-NG, plus each configured cloud provider routed by voice id
 * prefix. eSpeak also times the cloud voices' words and phonemes (the reference rendering).
 */
export function createTtsEngine(
  config: CloudTtsConfig | null,
  options: { ffmpegPath: string; onVoicesError?: (engine: string, error: unknown) => void; neural?: NeuralVoiceSource },
): TtsEngine {
  const espeak = new EspeakTtsEngine();
  if ((config === null || (config.openai === null && config.elevenlabs === null)) && options.neural === undefined) return espeak;
  const routes: TtsRoute[] = [{ prefix: 'espeak-', engine: espeak }];
  if (options.neural !== undefined) {
    // Pulled Kokoro and Piper voices; eSpeak phonemizes and times them.
    const neural = new NeuralTtsEngine(options.neural, espeak);
    routes.push({ prefix: 'kokoro-', engine: neural }, { prefix: 'piper-', engine: neural });
  }
  if (config === null) return new CompositeTtsEngine(routes, options.onVoicesError);
  const reference = { reference: espeak, referenceVoiceId: DEFAULT_VOICE_ID, ffmpegPath: options.ffmpegPath };
  if (config.openai) routes.push({ prefix: OPENAI_VOICE_PREFIX, engine: new OpenAiTtsEngine({ ...config.openai, ...reference }) });
  if (config.elevenlabs) routes.push({ prefix: ELEVENLABS_VOICE_PREFIX, engine: new ElevenLabsTtsEngine({ ...config.elevenlabs, ...reference }) });
  return new CompositeTtsEngine(routes, options.onVoicesError);
}
