import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PermanentError } from '../../../errors/index.js';
import type { OnnxRuntime, OrtSession } from './onnx-runtime.js';
import { outputNamed, type SpeechModel, type SpeechRun, type SpeechVoice } from './speech-model.js';

const STYLE_DIM = 256;
/** Kokoro's context: 512 positions, two of them the pads. */
const MAX_TOKENS = 510;

/** The vocabulary from tokenizer.json ({model: {vocab}}) or Kokoro's config.json ({vocab}). */
function vocabulary(json: unknown): Map<string, number> {
  const source = json as { vocab?: Record<string, number>; model?: { vocab?: Record<string, number> } };
  const vocab = source.model?.vocab ?? source.vocab;
  if (vocab === undefined) throw new PermanentError('The Kokoro tokenizer has no vocabulary');
  return new Map(Object.entries(vocab));
}

/**
 * Kokoro-82M through ONNX Runtime, as kokoro.js runs it: input_ids [1, N+2] with a 0 pad at each end, the
 * voice's style row for N tokens ([1,256] from a 510×256 float32 file), speed [1]; 24 kHz `waveform`, and
 * `durations` per token where the export has them.
 */
export class KokoroSpeechModel implements SpeechModel {
  readonly sampleRate = 24_000;
  readonly maxTokens = MAX_TOKENS;
  private readonly styles = new Map<string, Promise<Float32Array>>();

  private constructor(
    private readonly runtime: OnnxRuntime,
    private readonly session: OrtSession,
    private readonly vocab: Map<string, number>,
  ) {}

  static async load(runtime: OnnxRuntime, dir: string): Promise<KokoroSpeechModel> {
    const vocab = vocabulary(JSON.parse(await readFile(join(dir, 'tokenizer.json'), 'utf8')));
    return new KokoroSpeechModel(runtime, await runtime.createSession(join(dir, 'model.onnx')), vocab);
  }

  lookup(symbol: string): readonly number[] | undefined {
    const id = this.vocab.get(symbol);
    return id === undefined ? undefined : [id];
  }

  async run(tokens: readonly number[], voice: SpeechVoice, pace: number): Promise<SpeechRun> {
    if (voice.stylePath === undefined) throw new PermanentError('A Kokoro voice needs a style file');
    const styles = await this.style(voice.stylePath);
    const rows = Math.floor(styles.length / STYLE_DIM);
    const row = Math.min(tokens.length, rows - 1) * STYLE_DIM;
    const ids = BigInt64Array.from([0, ...tokens.slice(0, MAX_TOKENS), 0].map(BigInt));
    const idsName = this.session.inputNames.includes('tokens') ? 'tokens' : 'input_ids';
    const outputs = await this.session.run({
      [idsName]: this.runtime.tensor('int64', ids, [1, ids.length]),
      style: this.runtime.tensor('float32', styles.slice(row, row + STYLE_DIM), [1, STYLE_DIM]),
      speed: this.runtime.tensor('float32', Float32Array.of(pace), [1]),
    });
    const audio = outputNamed(outputs, this.session.outputNames, 'waveform').data as Float32Array;
    const durations = this.session.outputNames.includes('durations') ? (outputs.durations!.data as ArrayLike<number>) : null;
    return { audio, durations: durations === null ? null : Array.from(durations, Number), offset: 1 };
  }

  async close(): Promise<void> {
    await this.session.release();
  }

  private style(path: string): Promise<Float32Array> {
    let style = this.styles.get(path);
    if (style === undefined) {
      style = readFile(path).then((bytes) => {
        if (bytes.length === 0 || bytes.length % (STYLE_DIM * 4) !== 0) throw new PermanentError(`${path} is not a Kokoro style file (rows of 256 float32)`);
        return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
      });
      style.catch(() => this.styles.delete(path));
      this.styles.set(path, style);
    }
    return style;
  }
}
