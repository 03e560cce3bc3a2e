import { CancelledError, PermanentError } from '../../../errors/index.js';
import type { Synthesis, SynthesizeOptions, TtsEngine, Voice, VoiceGender } from '../tts-engine.js';
import { phonemesOntoWords, wordsFromCharacters } from './align-timings.js';
import { decodeAudio } from './decode-audio.js';
import { fetchWithRetry, type RetryPolicy } from './fetch-with-retry.js';

export const ELEVENLABS_ENGINE_ID = 'elevenlabs';
export const ELEVENLABS_VOICE_PREFIX = 'elevenlabs-';

export interface ElevenLabsTtsOptions {
  /** e.g. https://api.elevenlabs.io (no trailing slash). */
  baseUrl: string;
  apiKey: string;
  modelId: string;
  /** `pcm_<rate>` is read directly; mp3_* goes through ffmpeg. */
  outputFormat: string;
  /** Speaks the same text offline, for phonemes (ElevenLabs times characters, not sounds). */
  reference: TtsEngine;
  referenceVoiceId: string;
  ffmpegPath: string;
  retry?: Partial<RetryPolicy>;
  /** How long the voice list is trusted, in milliseconds. */
  voicesTtlMs?: number;
}

interface ElevenLabsVoice {
  voice_id: string;
  name?: string;
  labels?: Record<string, string | undefined> | null;
  verified_languages?: { language?: string; locale?: string | null }[] | null;
}

interface Alignment {
  characters: string[];
  character_start_times_seconds: number[];
  character_end_times_seconds: number[];
}

/**
 * ElevenLabs text-to-speech (POST /v1/text-to-speech/{voice_id}/with-timestamps): the audio and per-character
 * times, from which the words are timed; phonemes for lip-sync come from eSpeak-NG, moved onto those words.
 */
export class ElevenLabsTtsEngine implements TtsEngine {
  /** Includes the model: render caches key narration by engine id, and another model speaks differently. */
  readonly id: string;
  private voiceList: { at: number; voices: Promise<Voice[]> } | undefined;

  constructor(private readonly options: ElevenLabsTtsOptions) {
    this.id = `${ELEVENLABS_ENGINE_ID}:${options.modelId}:${options.outputFormat}`;
  }

  voices(): Promise<Voice[]> {
    const ttl = this.options.voicesTtlMs ?? 10 * 60_000;
    if (this.voiceList === undefined || Date.now() - this.voiceList.at > ttl) {
      const voices = this.fetchVoices();
      const entry = { at: Date.now(), voices };
      voices.catch(() => {
        if (this.voiceList === entry) this.voiceList = undefined;
      });
      this.voiceList = entry;
    }
    return this.voiceList.voices;
  }

  async synthesize(text: string, voiceId: string, options: SynthesizeOptions = {}): Promise<Synthesis> {
    const { signal } = options;
    if (signal?.aborted) throw new CancelledError();
    const providerId = voiceId.startsWith(ELEVENLABS_VOICE_PREFIX) ? voiceId.slice(ELEVENLABS_VOICE_PREFIX.length) : '';
    if (!/^[A-Za-z0-9_-]+$/.test(providerId)) throw new PermanentError(`Unknown voice "${voiceId}"`);
    if (text.trim() === '') return this.options.reference.synthesize(text, this.options.referenceVoiceId, options);

    const pace = options.pace !== undefined && Number.isFinite(options.pace) && options.pace > 0 ? options.pace : 1;
    const referencePromise = this.options.reference.synthesize(text, this.options.referenceVoiceId, { signal, pace });
    referencePromise.catch(() => {});
    const url = `${this.options.baseUrl}/v1/text-to-speech/${encodeURIComponent(providerId)}/with-timestamps?output_format=${encodeURIComponent(this.options.outputFormat)}`;
    const response = await fetchWithRetry(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'xi-api-key': this.options.apiKey },
        // ElevenLabs accepts speeds from 0.7 to 1.2.
        body: JSON.stringify({ text, model_id: this.options.modelId, voice_settings: { speed: Math.min(1.2, Math.max(0.7, pace)) } }),
      },
      { signal, policy: this.options.retry, service: 'ElevenLabs' },
    );
    let json: { audio_base64?: unknown; alignment?: Alignment | null };
    try {
      json = JSON.parse(response.body.toString('utf8')) as typeof json;
    } catch {
      throw new Error('ElevenLabs returned something other than JSON');
    }
    if (typeof json.audio_base64 !== 'string' || json.audio_base64 === '') throw new Error('ElevenLabs returned no audio');
    const pcmRate = /^pcm_(\d+)$/.exec(this.options.outputFormat)?.[1];
    const audio = await decodeAudio(Buffer.from(json.audio_base64, 'base64'), {
      ffmpegPath: this.options.ffmpegPath,
      rawPcmRate: pcmRate === undefined ? undefined : Number(pcmRate),
      signal,
    });
    const duration = audio.samples.length / audio.sampleRate;
    const reference = await referencePromise;
    const alignment = validAlignment(json.alignment);
    const words = alignment ? wordsFromCharacters(text, alignment, duration) : [];
    const phonemes = phonemesOntoWords(reference, words, duration);
    return { samples: audio.samples, sampleRate: audio.sampleRate, duration, words, phonemes };
  }

  async close(): Promise<void> {
    this.voiceList = undefined;
  }

  private async fetchVoices(): Promise<Voice[]> {
    const response = await fetchWithRetry(
      `${this.options.baseUrl}/v1/voices`,
      { method: 'GET', headers: { 'xi-api-key': this.options.apiKey } },
      { policy: this.options.retry, service: 'ElevenLabs' },
    );
    const json = JSON.parse(response.body.toString('utf8')) as { voices?: ElevenLabsVoice[] };
    return (json.voices ?? [])
      .filter((voice) => typeof voice.voice_id === 'string' && /^[A-Za-z0-9_-]+$/.test(voice.voice_id))
      .map((voice) => ({
        voice_id: `${ELEVENLABS_VOICE_PREFIX}${voice.voice_id}`,
        name: `ElevenLabs ${voice.name ?? voice.voice_id}`,
        language: voiceLanguage(voice),
        gender: voiceGender(voice.labels?.gender),
        engine: ELEVENLABS_ENGINE_ID,
      }));
  }
}

function validAlignment(value: Alignment | null | undefined): Alignment | null {
  if (!value || !Array.isArray(value.characters)) return null;
  const { characters, character_start_times_seconds: starts, character_end_times_seconds: ends } = value;
  if (!Array.isArray(starts) || !Array.isArray(ends) || starts.length !== characters.length || ends.length !== characters.length) return null;
  return value;
}

/** Labels say "female"/"male" (sometimes "neutral": our voice list has two genders, so that counts as female). */
function voiceGender(label: string | undefined): VoiceGender {
  return label?.toLowerCase() === 'male' ? 'male' : 'female';
}

/** The first verified locale ("en-US" → en-us), else the language label, else the accent's country for English. */
function voiceLanguage(voice: ElevenLabsVoice): string {
  const verified = voice.verified_languages?.[0];
  const tag = verified?.locale ?? verified?.language ?? voice.labels?.language;
  if (tag) return tag.toLowerCase().replace(/_/g, '-');
  const accent = voice.labels?.accent?.toLowerCase() ?? '';
  return accent.includes('british') ? 'en-gb' : 'en-us';
}
