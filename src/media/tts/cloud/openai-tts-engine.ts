import { CancelledError, PermanentError } from '../../../errors/index.js';
import type { Synthesis, SynthesizeOptions, TtsEngine, Voice, VoiceGender } from '../tts-engine.js';
import { alignToClip } from './align-timings.js';
import { decodeAudio } from './decode-audio.js';
import { fetchWithRetry, type RetryPolicy } from './fetch-with-retry.js';

export const OPENAI_ENGINE_ID = 'openai-tts';
export const OPENAI_VOICE_PREFIX = 'openai-';

/** OpenAI's built-in voices: the API does not list them, so the table does (genders as OpenAI's samples sound). */
const openAiVoices: readonly { name: string; gender: VoiceGender }[] = [
  { name: 'alloy', gender: 'female' },
  { name: 'ash', gender: 'male' },
  { name: 'ballad', gender: 'male' },
  { name: 'coral', gender: 'female' },
  { name: 'echo', gender: 'male' },
  { name: 'fable', gender: 'male' },
  { name: 'nova', gender: 'female' },
  { name: 'onyx', gender: 'male' },
  { name: 'sage', gender: 'female' },
  { name: 'shimmer', gender: 'female' },
];

/** The sample rate of OpenAI's `pcm` format (raw 16-bit little-endian mono). */
const OPENAI_PCM_RATE = 24_000;

export interface OpenAiTtsOptions {
  /** e.g. https://api.openai.com/v1 (no trailing slash). */
  baseUrl: string;
  /** Null for a local OpenAI-compatible server that takes no key. */
  apiKey: string | null;
  model: string;
  /** What to ask for: wav and pcm are read directly, mp3 goes through ffmpeg. */
  responseFormat: 'wav' | 'pcm' | 'mp3';
  /** Speaks the same text offline, for word and phoneme timings (OpenAI returns none). */
  reference: TtsEngine;
  /** The reference voice (an eSpeak voice id). */
  referenceVoiceId: string;
  ffmpegPath: string;
  retry?: Partial<RetryPolicy>;
}

/**
 * OpenAI text-to-speech (POST /v1/audio/speech). Word timings and phonemes come from an eSpeak-NG rendering of
 * the same text, stretched sentence by sentence onto the cloud clip (see alignToClip).
 */
export class OpenAiTtsEngine implements TtsEngine {
  /** Includes the model: render caches key narration by engine id, and another model speaks differently. */
  readonly id: string;

  constructor(private readonly options: OpenAiTtsOptions) {
    this.id = `${OPENAI_ENGINE_ID}:${options.model}:${options.responseFormat}`;
  }

  async voices(): Promise<Voice[]> {
    return openAiVoices.map(({ name, gender }) => ({
      voice_id: `${OPENAI_VOICE_PREFIX}${name}`,
      name: `OpenAI ${name[0]!.toUpperCase()}${name.slice(1)}`,
      // The voices speak many languages; English is what they were made for.
      language: 'en-us',
      gender,
      engine: OPENAI_ENGINE_ID,
    }));
  }

  async synthesize(text: string, voiceId: string, options: SynthesizeOptions = {}): Promise<Synthesis> {
    const { signal } = options;
    if (signal?.aborted) throw new CancelledError();
    const name = voiceId.startsWith(OPENAI_VOICE_PREFIX) ? voiceId.slice(OPENAI_VOICE_PREFIX.length) : '';
    if (!openAiVoices.some((voice) => voice.name === name)) throw new PermanentError(`Unknown voice "${voiceId}"`);
    if (text.trim() === '') return this.options.reference.synthesize(text, this.options.referenceVoiceId, options);

    const pace = options.pace !== undefined && Number.isFinite(options.pace) && options.pace > 0 ? options.pace : 1;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.options.apiKey) headers.authorization = `Bearer ${this.options.apiKey}`;
    // The reference rendering runs while the cloud answers.
    const referencePromise = this.options.reference.synthesize(text, this.options.referenceVoiceId, { signal, pace });
    referencePromise.catch(() => {});
    const response = await fetchWithRetry(
      `${this.options.baseUrl}/audio/speech`,
      {
        method: 'POST',
        headers,
        body: JSON.stringify({
          model: this.options.model,
          input: text,
          voice: name,
          response_format: this.options.responseFormat,
          speed: Math.min(4, Math.max(0.25, pace)),
        }),
      },
      { signal, policy: this.options.retry, service: 'OpenAI TTS' },
    );
    const audio = await decodeAudio(response.body, {
      ffmpegPath: this.options.ffmpegPath,
      rawPcmRate: this.options.responseFormat === 'pcm' ? OPENAI_PCM_RATE : undefined,
      signal,
    });
    if (audio.samples.length === 0) throw new Error('OpenAI TTS returned no audio');
    const reference = await referencePromise;
    const { words, phonemes } = alignToClip(text, reference, audio);
    return { samples: audio.samples, sampleRate: audio.sampleRate, duration: audio.samples.length / audio.sampleRate, words, phonemes };
  }

  async close(): Promise<void> {}
}
