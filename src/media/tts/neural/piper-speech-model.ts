import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OnnxRuntime, OrtSession } from './onnx-runtime.js';
import { outputNamed, type SpeechModel, type SpeechRun, type SpeechVoice } from './speech-model.js';

/** The parts of a Piper voice's .onnx.json that synthesis reads. */
interface PiperConfig {
  audio: { sample_rate: number };
  inference?: { noise_scale?: number; length_scale?: number; noise_w?: number };
  num_speakers?: number;
  phoneme_id_map: Record<string, number[]>;
}

/**
 * A Piper (VITS) voice through ONNX Runtime, as piper's own runner feeds it: input [1,N] (BOS, each phoneme's
 * ids followed by the pad, EOS), input_lengths [1], scales [noise, length, noise_w], and sid [1] for a
 * multi-speaker voice; `output` [1,1,1,T] at the config's sample rate.
 */
export class PiperSpeechModel implements SpeechModel {
  readonly maxTokens = 2_000;

  private constructor(
    private readonly runtime: OnnxRuntime,
    private readonly session: OrtSession,
    private readonly config: PiperConfig,
  ) {}

  static async load(runtime: OnnxRuntime, dir: string): Promise<PiperSpeechModel> {
    const config = JSON.parse(await readFile(join(dir, 'model.onnx.json'), 'utf8')) as PiperConfig;
    return new PiperSpeechModel(runtime, await runtime.createSession(join(dir, 'model.onnx')), config);
  }

  get sampleRate(): number {
    return this.config.audio.sample_rate;
  }

  lookup(symbol: string): readonly number[] | undefined {
    const ids = this.config.phoneme_id_map[symbol];
    return ids === undefined ? undefined : [...ids, ...(this.config.phoneme_id_map._ ?? [])];
  }

  async run(tokens: readonly number[], voice: SpeechVoice, pace: number): Promise<SpeechRun> {
    const map = this.config.phoneme_id_map;
    const bos = map['^'] ?? [];
    const ids = BigInt64Array.from([...bos, ...tokens, ...(map.$ ?? [])].map(BigInt));
    const inference = this.config.inference ?? {};
    const feeds = {
      input: this.runtime.tensor('int64', ids, [1, ids.length]),
      input_lengths: this.runtime.tensor('int64', BigInt64Array.of(BigInt(ids.length)), [1]),
      // A faster pace is a shorter length scale.
      scales: this.runtime.tensor('float32', Float32Array.of(inference.noise_scale ?? 0.667, (inference.length_scale ?? 1) / pace, inference.noise_w ?? 0.8), [3]),
      ...(this.session.inputNames.includes('sid') ? { sid: this.runtime.tensor('int64', BigInt64Array.of(BigInt(voice.speaker ?? 0)), [1]) } : {}),
    };
    const outputs = await this.session.run(feeds);
    const audio = outputNamed(outputs, this.session.outputNames, 'output').data as Float32Array;
    const durations = this.session.outputNames.includes('durations') ? Array.from(outputs.durations!.data as ArrayLike<number>, Number) : null;
    return { audio, durations, offset: bos.length };
  }

  async close(): Promise<void> {
    await this.session.release();
  }
}
