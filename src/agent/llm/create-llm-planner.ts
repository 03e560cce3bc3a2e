import { createAnthropic } from '@ai-sdk/anthropic';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { LlmConfig } from '../../config/index.js';
import type { Planner } from '../planner.js';
import { LlmPlanner } from './llm-planner.js';

/** Which language model plans: the settings src/config reads from the environment (one definition, there). */
export type LlmSettings = LlmConfig;

export interface LlmPlannerTuning {
  /** First retry delay (tests make it short). */
  baseDelayMs?: number;
  /** Overrides timeoutSec with finer grain (tests). */
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** The provider's name in the planner id ("ollama" for a detected Ollama); default "openai-compatible". */
  label?: string;
}

/** The planner for the given settings: an LLM one when configured. */
export function createLlmPlanner(settings: LlmSettings, tuning: LlmPlannerTuning = {}): Planner {
  const policy = {
    timeoutMs: tuning.timeoutMs ?? settings.timeoutSec * 1000,
    maxAttempts: settings.maxAttempts,
    maxOutputAttempts: Math.max(2, settings.maxAttempts),
    baseDelayMs: tuning.baseDelayMs ?? 1000,
  };
  if (settings.provider === 'anthropic') {
    const provider = createAnthropic({
      ...(settings.apiKey ? { apiKey: settings.apiKey } : {}),
      ...(settings.baseUrl ? { baseURL: settings.baseUrl } : {}),
      ...(tuning.fetch ? { fetch: tuning.fetch } : {}),
    });
    return new LlmPlanner({
      provider: 'anthropic',
      model: provider(settings.model),
      acceptsImages: settings.images,
      policy,
      // A forced tool call carries the JSON on every Claude model and every Anthropic-compatible server.
      providerOptions: { anthropic: { structuredOutputMode: 'jsonTool' } },
    });
  }
  const provider = createOpenAICompatible({
    name: 'openai',
    baseURL: settings.baseUrl ?? 'https://api.openai.com/v1',
    ...(settings.apiKey ? { apiKey: settings.apiKey } : {}),
    includeUsage: true,
    supportsStructuredOutputs: settings.structuredOutputs,
    ...(tuning.fetch ? { fetch: tuning.fetch } : {}),
  });
  return new LlmPlanner({ provider: tuning.label ?? 'openai-compatible', model: provider.chatModel(settings.model), acceptsImages: settings.images, policy });
}
