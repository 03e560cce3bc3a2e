import { CancelledError, PermanentError } from '../../../errors/index.js';
import { alignToClip } from '../cloud/align-timings.js';
import type { PhonemeTiming, Synthesis, SynthesizeOptions, TtsEngine, Voice, WordTiming } from '../tts-engine.js';
import { KokoroSpeechModel } from './kokoro-speech-model.js';
import { loadOnnxRuntime, type OnnxRuntime } from './onnx-runtime.js';
import { phonemeTokens, timingsFromDurations } from './phoneme-tokens.js';
import { PiperSpeechModel } from './piper-speech-model.js';
import type { SpeechModel } from './speech-model.js';
import { splitSentences } from './split-sentences.js';

export const NEURAL_ENGINE_ID = 'neural-onnx';
/** Silence between sentences, which are synthesized one run each. */
const SENTENCE_GAP_SECONDS = 0.12;

/** An installed neural voice: its public entry and what running it takes. */
export interface NeuralVoice {
  voice: Voice;
  engine: 'kokoro' | 'piper';
  modelId: string;
  /** The model's folder (model.onnx and its companions). */
  modelDir: string;
  /** Kokoro: the style file's path inside modelDir. */
  style?: string;
  speaker?: number;
  /** The eSpeak voice id (ours, e.g. "espeak-en-us-male") that phonemizes and times the reference. */
  espeakVoice: string;
}

/** Where the engine learns which neural voices are installed (the model manager, adapted by the composition root). */
export interface NeuralVoiceSource {
  installedVoices(): Promise<NeuralVoice[]>;
  /** Every voice the catalogue offers, installed or not. */
  catalogueVoices(): Promise<Voice[]>;
  /** The command that installs a catalogue voice, or null for an id the catalogue lacks. */
  installHint(voiceId: string): string | null;
}

/**
 * Kokoro and Piper voices on the CPU through onnxruntime-node. eSpeak-NG renders each sentence first: its
 * phonemes are the model's input and its word and phoneme events the timing reference. Timings come from the
 * model's predicted durations where the export gives them, else from stretching the reference onto the audio
 * (alignToClip, as for cloud voices). A model is loaded once per process; runs are asynchronous in ONNX
 * Runtime's own threads, so the event loop is never blocked.
 */
export class NeuralTtsEngine implements TtsEngine {
  readonly id = NEURAL_ENGINE_ID;
  private readonly models = new Map<string, Promise<SpeechModel>>();

  constructor(
    private readonly source: NeuralVoiceSource,
    /** Speaks the same text for phonemes and timings: the eSpeak engine. */
    private readonly reference: TtsEngine,
    private readonly runtime: () => OnnxRuntime = loadOnnxRuntime,
  ) {}

  async voices(): Promise<Voice[]> {
    // Without the runtime no voice can speak: none is offered (missingVoiceHint says why).
    if (!this.runtimeLoads()) return [];
    return (await this.source.installedVoices()).map((entry) => ({ ...entry.voice, quality: 'neural', installed: true }));
  }

  async catalogueVoices(): Promise<Voice[]> {
    const installed = new Set((await this.voices()).map((voice) => voice.voice_id));
    return (await this.source.catalogueVoices()).map((voice) => ({ ...voice, quality: 'neural', installed: installed.has(voice.voice_id) }));
  }

  async missingVoiceHint(voiceId: string): Promise<string | null> {
    if (!this.runtimeLoads()) return 'Neural voices need the onnxruntime-node package: run "npm install".';
    return this.source.installHint(voiceId);
  }

  async synthesize(text: string, voiceId: string, options: SynthesizeOptions = {}): Promise<Synthesis> {
    const { signal } = options;
    if (signal?.aborted) throw new CancelledError();
    const entry = (await this.source.installedVoices()).find((candidate) => candidate.voice.voice_id === voiceId);
    if (entry === undefined) throw new PermanentError(`Unknown voice "${voiceId}"`);
    const model = await this.model(entry);
    const pace = options.pace !== undefined && Number.isFinite(options.pace) && options.pace > 0 ? options.pace : 1;
    const samples: Float32Array[] = [];
    const words: WordTiming[] = [];
    const phonemes: PhonemeTiming[] = [];
    let seconds = 0;
    for (const part of splitSentences(text, Math.floor(model.maxTokens / 2))) {
      if (signal?.aborted) throw new CancelledError();
      if (samples.length > 0) {
        samples.push(new Float32Array(Math.round(SENTENCE_GAP_SECONDS * model.sampleRate)));
        seconds += SENTENCE_GAP_SECONDS;
      }
      const sentence = await this.sentence(part.text, entry, model, pace, signal);
      samples.push(sentence.audio);
      for (const word of sentence.words) words.push({ ...word, charStart: word.charStart + part.offset, charEnd: word.charEnd + part.offset, start: word.start + seconds, end: word.end + seconds });
      for (const phoneme of sentence.phonemes) phonemes.push({ ...phoneme, start: phoneme.start + seconds, end: phoneme.end + seconds });
      seconds += sentence.audio.length / model.sampleRate;
    }
    if (samples.length === 0) samples.push(new Float32Array(Math.round(0.1 * model.sampleRate)));
    const pcm = toPcm(samples);
    return { samples: pcm, sampleRate: model.sampleRate, duration: pcm.length / model.sampleRate, words, phonemes };
  }

  async close(): Promise<void> {
    const models = [...this.models.values()];
    this.models.clear();
    await Promise.all(models.map(async (model) => (await model.catch(() => null))?.close()));
  }

  private async sentence(text: string, entry: NeuralVoice, model: SpeechModel, pace: number, signal: AbortSignal | undefined) {
    const reference = await this.reference.synthesize(text, entry.espeakVoice, { signal, pace });
    const tokens = phonemeTokens(text, reference, (symbol) => model.lookup(symbol));
    const run = await model.run(tokens.ids.slice(0, model.maxTokens), { stylePath: entry.style === undefined ? undefined : `${entry.modelDir}/${entry.style}`, speaker: entry.speaker }, pace);
    const audio = run.audio;
    const audioSeconds = audio.length / model.sampleRate;
    if (run.durations !== null) return { audio, ...timingsFromDurations(tokens, run.durations, run.offset, audioSeconds) };
    return { audio, ...alignToClip(text, reference, { samples: toPcm([audio]), sampleRate: model.sampleRate }) };
  }

  private runtimeLoads(): boolean {
    try {
      this.runtime();
      return true;
    } catch {
      return false;
    }
  }

  private model(entry: NeuralVoice): Promise<SpeechModel> {
    let model = this.models.get(entry.modelDir);
    if (model === undefined) {
      const runtime = this.runtime();
      model = entry.engine === 'kokoro' ? KokoroSpeechModel.load(runtime, entry.modelDir) : PiperSpeechModel.load(runtime, entry.modelDir);
      model.catch(() => this.models.delete(entry.modelDir));
      this.models.set(entry.modelDir, model);
    }
    return model;
  }
}

function toPcm(parts: readonly Float32Array[]): Int16Array {
  const pcm = new Int16Array(parts.reduce((sum, part) => sum + part.length, 0));
  let index = 0;
  for (const part of parts) for (const value of part) pcm[index++] = Math.round(Math.max(-1, Math.min(1, value)) * 32_767);
  return pcm;
}
