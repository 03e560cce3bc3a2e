import { createHash } from 'node:crypto';
import { encodeAudio, encodeWav, type AudioFormat, type TtsEngine } from '../../media/index.js';
import type { BlobStore } from '../../store/index.js';

export interface SpeechRequest {
  text: string;
  voiceId: string;
  speed: number;
  format: AudioFormat;
}

export interface SpeechAudio {
  /** Blob key of the audio file. */
  key: string;
  format: AudioFormat;
  /** Seconds. */
  duration: number;
  word_timestamps: { word: string; start: number; end: number }[];
}

// Bump when the audio or its timings would come out differently for the same request.
const CACHE_VERSION = 1;

const ms = (seconds: number) => Math.round(seconds * 1000) / 1000;

/**
 * POST /v3/voices/speech's work: synthesis on whatever engine serves the voice, encoded as asked, kept in blobs
 * by text + voice + speed + format so a repeat is a lookup. Concurrent identical requests share one synthesis.
 */
export function createSpeechSynthesizer(deps: { tts: TtsEngine; blobs: BlobStore; ffmpegPath: string }) {
  const inFlight = new Map<string, Promise<SpeechAudio>>();

  async function produce(request: SpeechRequest, hash: string, signal: AbortSignal | undefined): Promise<SpeechAudio> {
    const key = `speech/${hash}.${request.format}`;
    const metaKey = `speech/${hash}.json`;
    // The JSON is written last, so its presence means the audio is complete.
    if ((await deps.blobs.stat(metaKey)) && (await deps.blobs.stat(key))) {
      return JSON.parse((await deps.blobs.get(metaKey)).toString('utf8')) as SpeechAudio;
    }
    const synthesis = await deps.tts.synthesize(request.text, request.voiceId, { pace: request.speed, ...(signal ? { signal } : {}) });
    const wav = encodeWav(synthesis.samples, synthesis.sampleRate);
    const audio = await encodeAudio(wav, request.format, { ffmpegPath: deps.ffmpegPath, ...(signal ? { signal } : {}) });
    const result: SpeechAudio = {
      key,
      format: request.format,
      duration: ms(synthesis.duration),
      word_timestamps: synthesis.words.map((word) => ({ word: word.text, start: ms(word.start), end: ms(word.end) })),
    };
    await deps.blobs.put(key, audio);
    await deps.blobs.put(metaKey, Buffer.from(JSON.stringify(result)));
    return result;
  }

  return async function synthesizeSpeech(request: SpeechRequest, signal?: AbortSignal): Promise<SpeechAudio> {
    const hash = createHash('sha256')
      .update(JSON.stringify([CACHE_VERSION, request.voiceId, request.speed, request.format, request.text]))
      .digest('hex');
    const running = inFlight.get(hash);
    if (running) return running;
    const job = produce(request, hash, signal);
    inFlight.set(hash, job);
    try {
      return await job;
    } finally {
      inFlight.delete(hash);
    }
  };
}

/** The words of an SSML document, as eSpeak should read them (we speak its text, not its markup). */
export function ssmlToText(ssml: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return ssml
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_match, name: string) => entities[name]!)
    .replace(/\s+/g, ' ')
    .trim();
}
