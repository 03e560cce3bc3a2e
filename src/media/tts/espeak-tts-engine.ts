import { CancelledError, PermanentError } from '../../errors/index.js';
import { escapeSsmlText } from './escape-ssml-text.js';
import { espeakTimings } from './espeak-timings.js';
import { ESPEAK_ENGINE_ID, espeakVoiceCatalogue, type EspeakVoice } from './espeak-voice-catalogue.js';
import { EspeakWorkerClient } from './espeak-worker-client.js';
import type { Synthesis, SynthesizeOptions, TtsEngine, Voice } from './tts-engine.js';

/** eSpeak's normal rate in words per minute, and the range it accepts. */
const NORMAL_RATE = 175;
const MIN_RATE = 80;
const MAX_RATE = 450;
/** Length of the silence returned for empty text. */
const SILENCE_SECONDS = 0.1;

/** The offline engine: eSpeak-NG compiled to WASM, run in a worker thread. */
export class EspeakTtsEngine implements TtsEngine {
  readonly id = ESPEAK_ENGINE_ID;
  private readonly client = new EspeakWorkerClient();
  private catalogue: Promise<{ voices: EspeakVoice[]; byId: Map<string, EspeakVoice>; sampleRate: number }> | undefined;

  async voices(): Promise<Voice[]> {
    const { voices } = await this.loadCatalogue();
    // Hand out plain Voice objects: the eSpeak name is ours.
    return voices.map(({ espeakName: _, ...voice }) => voice);
  }

  /** Seconds eSpeak took to start (starts it if needed). */
  async initSeconds(): Promise<number> {
    return (await this.client.init()).initSeconds;
  }

  async synthesize(text: string, voiceId: string, options: SynthesizeOptions = {}): Promise<Synthesis> {
    const { signal } = options;
    if (signal?.aborted) throw new CancelledError();
    const { byId, sampleRate } = await this.loadCatalogue();
    const voice = byId.get(voiceId);
    if (voice === undefined) throw new PermanentError(`Unknown voice "${voiceId}"`);
    if (signal?.aborted) throw new CancelledError();

    if (text.trim() === '') {
      const samples = new Int16Array(Math.round(sampleRate * SILENCE_SECONDS));
      return { samples, sampleRate, duration: samples.length / sampleRate, words: [], phonemes: [] };
    }

    const escaped = escapeSsmlText(text);
    const raw = await this.client.synthesize(escaped.escaped, voice.espeakName, espeakRate(options.pace), signal);
    const duration = raw.samples.length / raw.sampleRate;
    const { words, phonemes } = espeakTimings(text, escaped, raw.events, duration);
    return { samples: raw.samples, sampleRate: raw.sampleRate, duration, words, phonemes };
  }

  async close(): Promise<void> {
    this.catalogue = undefined;
    await this.client.close();
  }

  private loadCatalogue() {
    if (this.catalogue === undefined) {
      const catalogue = this.client.init().then(({ voices: raw, sampleRate }) => {
        const voices = espeakVoiceCatalogue(raw);
        return { voices, byId: new Map(voices.map((voice) => [voice.voice_id, voice])), sampleRate };
      });
      catalogue.catch(() => {
        if (this.catalogue === catalogue) this.catalogue = undefined;
      });
      this.catalogue = catalogue;
    }
    return this.catalogue;
  }
}

/** eSpeak's rate (words per minute) for a pace multiplier. */
export function espeakRate(pace: number | undefined): number {
  const multiplier = pace !== undefined && Number.isFinite(pace) && pace > 0 ? pace : 1;
  return Math.round(Math.min(MAX_RATE, Math.max(MIN_RATE, NORMAL_RATE * multiplier)));
}
