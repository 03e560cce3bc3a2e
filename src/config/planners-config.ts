import { resolve } from 'node:path';

/**
 * The planners besides a configured cloud/compatible one (docs/agent.md): Ollama, detected, and a local GGUF
 * model. The order is fixed (configured provider, Ollama, local model, built-in rules); these only say where
 * to look and how long to wait.
 */
export interface PlannersConfig {
  ollama: {
    /** OLLAMA_BASE_URL; unset, the default port is probed unless OLLAMA=0. */
    baseUrl: string;
    explicit: boolean;
    /** OLLAMA=0 turns detection off. */
    enabled: boolean;
    /** OLLAMA_MODEL, else LLM_MODEL; null = the best installed one. */
    model: string | null;
    /** How long the start-up probe waits for an answer (OLLAMA_PROBE_MS, default 400). */
    probeMs: number;
  };
  local: {
    /** LOCAL_LLM=0 turns the local model off. */
    enabled: boolean;
    /** LOCAL_LLM_MODEL: a catalogue id or a .gguf path; null = the first installed catalogue model. */
    model: string | null;
    /** MODELS_DIR (default DATA_DIR/models), shared with the voice models. */
    modelsDir: string;
    /** LOCAL_LLM_THREADS; null = the machine's cores. */
    threads: number | null;
    /** LOCAL_LLM_CONTEXT: tokens of context (default 4096). */
    contextSize: number;
    /** LOCAL_LLM_TIMEOUT_SEC: bound on one turn before falling back (default 90, under AGENT_TIMEOUT_SEC's 120). */
    timeoutSec: number;
  };
}

function number(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  return value;
}

const off = (value: string | undefined): boolean => ['0', 'false', 'no', 'off'].includes((value ?? '').trim().toLowerCase());

export function plannersFrom(env: NodeJS.ProcessEnv, dataDir: string): PlannersConfig {
  const explicitUrl = env.OLLAMA_BASE_URL?.trim().replace(/\/+$/, '') || null;
  if (explicitUrl !== null && !/^https?:\/\//.test(explicitUrl)) throw new Error(`OLLAMA_BASE_URL must start with http:// or https://, got "${explicitUrl}"`);
  const threads = env.LOCAL_LLM_THREADS?.trim() ? number(env, 'LOCAL_LLM_THREADS', 1, 1, 256) : null;
  return {
    ollama: {
      baseUrl: (explicitUrl ?? 'http://127.0.0.1:11434').replace(/\/v1$/, ''),
      explicit: explicitUrl !== null,
      enabled: !off(env.OLLAMA),
      model: env.OLLAMA_MODEL?.trim() || env.LLM_MODEL?.trim() || null,
      probeMs: number(env, 'OLLAMA_PROBE_MS', 400, 50, 60_000),
    },
    local: {
      enabled: !off(env.LOCAL_LLM),
      model: env.LOCAL_LLM_MODEL?.trim() || null,
      modelsDir: resolve(env.MODELS_DIR?.trim() || resolve(dataDir, 'models')),
      threads,
      contextSize: number(env, 'LOCAL_LLM_CONTEXT', 4096, 512, 131_072),
      timeoutSec: number(env, 'LOCAL_LLM_TIMEOUT_SEC', 90, 5, 3600),
    },
  };
}
