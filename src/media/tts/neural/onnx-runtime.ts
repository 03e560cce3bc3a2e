import { createRequire } from 'node:module';
import { PermanentError } from '../../../errors/index.js';

/** The slice of onnxruntime-node this project uses (its own types are not needed to compile without it). */
export interface OrtTensor {
  readonly data: Float32Array | BigInt64Array | Int32Array | Uint8Array;
  readonly dims: readonly number[];
  readonly type: string;
}

export interface OrtSession {
  readonly inputNames: readonly string[];
  readonly outputNames: readonly string[];
  run(feeds: Record<string, OrtTensor>): Promise<Record<string, OrtTensor>>;
  release(): Promise<void>;
}

export interface OnnxRuntime {
  createSession(path: string): Promise<OrtSession>;
  tensor(type: 'int64', data: BigInt64Array, dims: readonly number[]): OrtTensor;
  tensor(type: 'float32', data: Float32Array, dims: readonly number[]): OrtTensor;
}

interface OrtModule {
  InferenceSession: { create(path: string, options?: Record<string, unknown>): Promise<OrtSession> };
  Tensor: new (type: string, data: unknown, dims: readonly number[]) => OrtTensor;
}

let runtime: OnnxRuntime | undefined;

/**
 * onnxruntime-node, loaded on first use: an optional dependency, so a machine without it still runs eSpeak and
 * says plainly what is missing. Required through CommonJS (it is a CommonJS package).
 */
export function loadOnnxRuntime(): OnnxRuntime {
  if (runtime !== undefined) return runtime;
  let ort: OrtModule;
  try {
    ort = createRequire(import.meta.url)('onnxruntime-node') as OrtModule;
  } catch (error) {
    throw new PermanentError(`Neural voices need the onnxruntime-node package, which is not installed (${error instanceof Error ? error.message.split('\n')[0] : String(error)}). Run "npm install".`);
  }
  runtime = {
    // Sequential execution and all graph optimisations: the fastest on a small CPU in our measurements (bench/tts.bench.ts).
    createSession: (path) => ort.InferenceSession.create(path, { executionMode: 'sequential', graphOptimizationLevel: 'all' }),
    tensor: (type: string, data: unknown, dims: readonly number[]) => new ort.Tensor(type, data, dims),
  } as OnnxRuntime;
  return runtime;
}

/** True when onnxruntime-node can be loaded here (tests skip the neural engines without it). */
export function onnxRuntimeAvailable(): boolean {
  try {
    loadOnnxRuntime();
    return true;
  } catch {
    return false;
  }
}
