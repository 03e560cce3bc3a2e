/** One run of a neural voice model over a sentence's tokens. */
export interface SpeechRun {
  audio: Float32Array;
  /** Per-token durations when the export predicts them (any unit), else null. */
  durations: ArrayLike<number> | null;
  /** Tokens the model was given before ours (a start pad), for reading `durations`. */
  offset: number;
}

/** What the engine needs to know about a voice to run it. */
export interface SpeechVoice {
  /** Kokoro: path of the voice's style file. */
  stylePath?: string;
  /** Piper: speaker id of a multi-speaker voice. */
  speaker?: number;
}

/** A loaded model (Kokoro or Piper): its symbol table, its sample rate, and a run. */
export interface SpeechModel {
  readonly sampleRate: number;
  /** Longest token list one run takes. */
  readonly maxTokens: number;
  lookup(symbol: string): readonly number[] | undefined;
  run(tokens: readonly number[], voice: SpeechVoice, pace: number): Promise<SpeechRun>;
  close(): Promise<void>;
}

/** The first output named `name`, or the first output. */
export function outputNamed<T>(outputs: Record<string, T>, names: readonly string[], name: string): T {
  const value = outputs[name] ?? outputs[names[0]!];
  if (value === undefined) throw new Error(`The model gave no "${name}" output`);
  return value;
}
