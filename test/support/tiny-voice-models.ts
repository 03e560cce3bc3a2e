import { writeOnnxModel, type NodeSpec, type TensorSpec } from './onnx-writer.js';

/**
 * Tiny stand-ins for Kokoro-82M and Piper voices: the same input and output names, types and shapes as the real
 * exports, and audio whose length is proportional to the number of tokens (a tone per token, its pitch set by
 * the token id). Weights are made up; nothing here was trained.
 */

/** Samples each Kokoro token lasts (24 kHz): 25 ms. */
export const KOKORO_SAMPLES_PER_TOKEN = 600;
/** Samples each Piper token lasts (22.05 kHz): about 23 ms. */
export const PIPER_SAMPLES_PER_TOKEN = 512;

function float(name: string, values: number[], dims = [values.length]): TensorSpec {
  return { name, type: 'float', dims, data: Float32Array.from(values) };
}
function int64(name: string, values: number[], dims = [values.length]): TensorSpec {
  return { name, type: 'int64', dims, data: BigInt64Array.from(values.map(BigInt)) };
}

/** ids [1,N] int64 → tone [1,N*K] float (flattened by `shape`), plus `extra` scalar folded into the amplitude. */
function toneNodes(ids: string, samplesPerToken: number, sampleRate: number, extras: readonly string[], outputShape: number[]) {
  const ramp = Array.from({ length: samplesPerToken }, (_, index) => (index * 2 * Math.PI * 3) / sampleRate);
  const initializers: TensorSpec[] = [
    int64('tone_shape', [1, 1, samplesPerToken]),
    int64('tone_axes', [2]),
    float('tone_ramp', ramp),
    float('tone_base', [40]),
    float('tone_amp', [0.3]),
    float('tone_zero', [0]),
    int64('tone_out_shape', outputShape),
  ];
  const nodes: NodeSpec[] = [
    { op: 'Cast', inputs: [ids], outputs: ['ids_f'], attributes: { to: 1 } },
    { op: 'Unsqueeze', inputs: ['ids_f', 'tone_axes'], outputs: ['ids_3'] },
    { op: 'Expand', inputs: ['ids_3', 'tone_shape'], outputs: ['grid'] },
    { op: 'Add', inputs: ['grid', 'tone_base'], outputs: ['pitch'] },
    { op: 'Mul', inputs: ['pitch', 'tone_ramp'], outputs: ['phase'] },
    { op: 'Sin', inputs: ['phase'], outputs: ['sine'] },
  ];
  // Every other input takes part (times zero), so the graph reads all of them as the real model does.
  let amplitude = 'tone_amp';
  extras.forEach((extra, index) => {
    nodes.push(
      { op: 'ReduceMean', inputs: [extra], outputs: [`extra_${index}`], attributes: { keepdims: 0 } },
      { op: 'Mul', inputs: [`extra_${index}`, 'tone_zero'], outputs: [`extra_zero_${index}`] },
      { op: 'Add', inputs: [amplitude, `extra_zero_${index}`], outputs: [`amp_${index}`] },
    );
    amplitude = `amp_${index}`;
  });
  nodes.push({ op: 'Mul', inputs: ['sine', amplitude], outputs: ['tone'] });
  return { initializers, nodes };
}

/** A Kokoro-shaped model: input_ids int64 [1,N], style float32 [1,256], speed float32 [1] → waveform float32 [1,T]; with `durations`, also per-token durations [1,N] in frames of `samplesPerToken / 2`. */
export function tinyKokoroModel(options: { durations?: boolean } = {}): Uint8Array {
  const tone = toneNodes('input_ids', KOKORO_SAMPLES_PER_TOKEN, 24_000, ['style', 'speed'], [1, -1]);
  const nodes = [...tone.nodes, { op: 'Reshape', inputs: ['tone', 'tone_out_shape'], outputs: ['waveform'] }];
  const initializers = [...tone.initializers];
  const outputs = [{ name: 'waveform', type: 'float' as const, shape: [1, 'samples'] }];
  if (options.durations) {
    initializers.push(float('frames_per_token', [2]));
    nodes.push(
      { op: 'Mul', inputs: ['ids_f', 'tone_zero'], outputs: ['ids_zero'] },
      { op: 'Add', inputs: ['ids_zero', 'frames_per_token'], outputs: ['durations'] },
    );
    outputs.push({ name: 'durations', type: 'float', shape: [1, 'tokens'] });
  }
  return writeOnnxModel({
    nodes,
    initializers,
    inputs: [
      { name: 'input_ids', type: 'int64', shape: [1, 'tokens'] },
      { name: 'style', type: 'float', shape: [1, 256] },
      { name: 'speed', type: 'float', shape: [1] },
    ],
    outputs,
  });
}

/** A Piper-shaped model: input int64 [1,N], input_lengths int64 [1], scales float32 [3] (and sid int64 [1] when multi-speaker) → output float32 [1,1,1,T]. */
export function tinyPiperModel(options: { speakers?: boolean } = {}): Uint8Array {
  const extras = ['lengths_f', 'scales', ...(options.speakers ? ['sid_f'] : [])];
  const tone = toneNodes('input', PIPER_SAMPLES_PER_TOKEN, 22_050, extras, [1, 1, 1, -1]);
  const casts: NodeSpec[] = [{ op: 'Cast', inputs: ['input_lengths'], outputs: ['lengths_f'], attributes: { to: 1 } }];
  if (options.speakers) casts.push({ op: 'Cast', inputs: ['sid'], outputs: ['sid_f'], attributes: { to: 1 } });
  return writeOnnxModel({
    nodes: [...casts, ...tone.nodes, { op: 'Reshape', inputs: ['tone', 'tone_out_shape'], outputs: ['output'] }],
    initializers: tone.initializers,
    inputs: [
      { name: 'input', type: 'int64', shape: [1, 'phonemes'] },
      { name: 'input_lengths', type: 'int64', shape: [1] },
      { name: 'scales', type: 'float', shape: [3] },
      ...(options.speakers ? [{ name: 'sid', type: 'int64' as const, shape: [1] }] : []),
    ],
    outputs: [{ name: 'output', type: 'float', shape: [1, 1, 1, 'samples'] }],
  });
}

/** A Kokoro style file: 510 rows of 256 float32 (one per token count), seeded so tests are repeatable. */
export function tinyKokoroStyles(seed = 1): Uint8Array {
  const values = new Float32Array(510 * 256);
  let state = seed;
  for (let index = 0; index < values.length; index++) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    values[index] = state / 2_147_483_648 - 0.5;
  }
  return new Uint8Array(values.buffer);
}
