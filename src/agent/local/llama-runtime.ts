import { CancelledError } from '../../errors/index.js';
import { LlmPlannerError } from '../llm/index.js';

/*
 * node-llama-cpp is an optional dependency: it is imported by name at run time, and only the few calls used
 * here are typed (structurally), so the project builds and runs where it is not installed.
 */
interface LlamaSequence {
  clearHistory(): Promise<void>;
}
interface LlamaContextLike {
  getSequence(): LlamaSequence;
  dispose(): Promise<void>;
}
interface LlamaModelLike {
  tokenize(text: string): readonly unknown[];
  createContext(options: { contextSize: number; threads: number }): Promise<LlamaContextLike>;
  dispose(): Promise<void>;
}
type GrammarLike = object;
interface LlamaLike {
  loadModel(options: { modelPath: string }): Promise<LlamaModelLike>;
  createGrammarForJsonSchema(schema: object): Promise<GrammarLike>;
}
interface ChatSessionLike {
  promptWithMeta(
    prompt: string,
    options: { grammar: GrammarLike; maxTokens: number; signal: AbortSignal; stopOnAbortSignal: boolean; temperature: number },
  ): Promise<{ responseText: string; stopReason: string }>;
  dispose(options: { disposeSequence: boolean }): void;
}
interface LlamaModule {
  getLlama(options: { gpu: false; build: 'never'; progressLogs: boolean; logLevel: string }): Promise<LlamaLike>;
  LlamaChatSession: new (options: { contextSequence: LlamaSequence; systemPrompt: string; autoDisposeSequence: boolean }) => ChatSessionLike;
}

const MODULE_NAME = 'node-llama-cpp';

/** node-llama-cpp, or null when the optional dependency is not installed. */
export async function importLlama(): Promise<LlamaModule | null> {
  try {
    return (await import(MODULE_NAME)) as LlamaModule;
  } catch {
    return null;
  }
}

export interface JsonCall {
  system: string;
  prompt: string;
  /** A JSON schema in node-llama-cpp's grammar subset (all properties required, bounds on strings and arrays). */
  schema: object;
  maxTokens: number;
  /** What the call is for, in the words of the error message ("outline", "scene 3"). */
  label: string;
  signal: AbortSignal;
}

export interface JsonAnswer {
  value: unknown;
  /** Tokens generated. */
  tokens: number;
}

/** One loaded GGUF model that answers prompts with JSON constrained by a schema's grammar. */
export interface LocalLlm {
  /** The GGUF file it runs. */
  readonly path: string;
  /** A context (KV cache) for one planner turn; calls within it run one after another. */
  session<T>(work: (ask: (call: JsonCall) => Promise<JsonAnswer>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface LocalLlmOptions {
  /** CPU threads; more than the free cores makes llama.cpp's threads spin against each other. */
  threads: number;
  contextSize: number;
  temperature: number;
}

/** Loads the model at `path` on the CPU with the prebuilt binary (never a build or download). */
export async function loadLocalLlm(path: string, options: LocalLlmOptions): Promise<LocalLlm> {
  const module = await importLlama();
  if (!module) throw new LlmPlannerError('The local model needs node-llama-cpp, which is not installed (npm install --include=optional).');
  const llama = await module.getLlama({ gpu: false, build: 'never', progressLogs: false, logLevel: 'error' });
  let model: LlamaModelLike;
  try {
    model = await llama.loadModel({ modelPath: path });
  } catch (error) {
    throw new LlmPlannerError(`The local model ${path} could not be loaded (${error instanceof Error ? error.message : String(error)}). Pull it again with video-agent models pull.`, { cause: error });
  }
  const grammars = new Map<string, Promise<GrammarLike>>();
  const grammarFor = (schema: object): Promise<GrammarLike> => {
    const key = JSON.stringify(schema);
    let grammar = grammars.get(key);
    if (!grammar) grammars.set(key, (grammar = llama.createGrammarForJsonSchema(schema)));
    return grammar;
  };
  return {
    path,
    async session(work) {
      const context = await model.createContext({ contextSize: options.contextSize, threads: options.threads });
      const sequence = context.getSequence();
      try {
        return await work(async (call) => {
          const chat = new module.LlamaChatSession({ contextSequence: sequence, systemPrompt: call.system, autoDisposeSequence: false });
          try {
            return await ask(chat, model, call, await grammarFor(call.schema), options.temperature);
          } finally {
            chat.dispose({ disposeSequence: false });
            await sequence.clearHistory();
          }
        });
      } finally {
        await context.dispose();
      }
    },
    close: () => model.dispose(),
  };
}

async function ask(chat: ChatSessionLike, model: LlamaModelLike, call: JsonCall, grammar: GrammarLike, temperature: number): Promise<JsonAnswer> {
  call.signal.throwIfAborted();
  let result: { responseText: string; stopReason: string };
  try {
    result = await chat.promptWithMeta(call.prompt, { grammar, maxTokens: call.maxTokens, signal: call.signal, stopOnAbortSignal: false, temperature });
  } catch (error) {
    if (call.signal.aborted) throw call.signal.reason instanceof Error ? call.signal.reason : new CancelledError();
    throw new LlmPlannerError(`The local model failed while writing the ${call.label} (${error instanceof Error ? error.message : String(error)}).`, { cause: error });
  }
  const tokens = model.tokenize(result.responseText).length;
  if (result.stopReason === 'maxTokens') {
    throw new LlmPlannerError(`The local model reached its limit of ${call.maxTokens} tokens before finishing the ${call.label}.`);
  }
  try {
    return { value: JSON.parse(result.responseText), tokens };
  } catch {
    throw new LlmPlannerError(`The local model's ${call.label} was not valid JSON.`);
  }
}
