import { availableParallelism } from 'node:os';
import { BuiltinPlanner } from './builtin/index.js';
import { createLlmPlanner, type LlmSettings } from './llm/index.js';
import { chooseLocalModel, folderModelSource, importLlama, loadLocalLlm, LocalLlmPlanner, LOCAL_MODEL_PULL_COMMAND, LOCAL_TOKEN_BUDGETS, type LocalModelSource } from './local/index.js';
import { chooseOllamaModel, detectOllama } from './ollama/index.js';
import type { PlannersConfig } from '../config/index.js';
import type { VisualProviders } from '../visuals/index.js';
import type { Planner } from './planner.js';
import { withFallback, type PlannerLink } from './with-fallback.js';
import { withVisuals } from './with-visuals.js';

/**
 * The planner for a configured language model alone (or the built-in rules); its storyboards get a picture on
 * every scene (stock and generated ones when `visuals` has providers). `resolvePlanner` adds the fallback order.
 */
export function createPlanner(llm: LlmSettings | null, visuals: VisualProviders | null = null): Planner {
  return withVisuals(llm ? createLlmPlanner(llm) : new BuiltinPlanner(), visuals);
}

/** Which planner plans, and what it falls back to, for /health, `video-agent doctor` and the studio. */
export interface PlannerStatus {
  /** The id of the planner tried first ("llm:ollama:qwen2.5:7b", "local:qwen2.5-1.5b-instruct", "builtin"). */
  active: string;
  /** Every planner in the order tried, the built-in rules last. */
  chain: { id: string; label: string }[];
  /** Things a newcomer may want to know (no local model installed…). */
  hints: string[];
}

export interface ResolvedPlanner {
  planner: Planner;
  status: PlannerStatus;
}

export interface ResolveOptions {
  visuals?: VisualProviders | null;
  fetch?: typeof fetch;
  /** Where installed local models are found (the model manager's lookup); default MODELS_DIR's folders. */
  models?: LocalModelSource;
}

/**
 * The planners in their one order: a configured cloud or compatible provider, then Ollama (OLLAMA_BASE_URL, or
 * one answering on its default port at start), then the local GGUF model when one is installed, then the
 * built-in rules. Each falls back to the next when it fails or times out; pictures are added outermost.
 */
export async function resolvePlanner(config: { llm: LlmSettings | null; planners: PlannersConfig }, options: ResolveOptions = {}): Promise<ResolvedPlanner> {
  const links: PlannerLink[] = [];
  const hints: string[] = [];
  if (config.llm) links.push({ planner: createLlmPlanner(config.llm, options.fetch ? { fetch: options.fetch } : {}), label: `the language model ${config.llm.model}` });

  const { ollama, local } = config.planners;
  if (ollama.enabled) {
    // An address the operator gave gets a little longer than the speculative probe of the default port.
    const models = await detectOllama(ollama.baseUrl, ollama.explicit ? Math.max(ollama.probeMs, 2000) : ollama.probeMs, options.fetch);
    const model = models ? chooseOllamaModel(models, ollama.model) : null;
    if (model) {
      const settings: LlmSettings = { provider: 'openai-compatible', baseUrl: `${ollama.baseUrl}/v1`, apiKey: null, model, timeoutSec: local.timeoutSec, maxAttempts: 1, images: false, structuredOutputs: true };
      links.push({ planner: createLlmPlanner(settings, { label: 'ollama', ...(options.fetch ? { fetch: options.fetch } : {}) }), label: `Ollama's ${model}` });
    } else if (models) hints.push(ollama.model ? `Ollama answers at ${ollama.baseUrl} but has no model "${ollama.model}": ollama pull ${ollama.model}` : `Ollama answers at ${ollama.baseUrl} but has no chat model: ollama pull qwen2.5:7b`);
    else if (ollama.explicit) hints.push(`Ollama did not answer at ${ollama.baseUrl}`);
  }

  if (local.enabled) {
    const chosen = await chooseLocalModel(options.models ?? folderModelSource(local.modelsDir), local.model);
    if (chosen && (await importLlama())) {
      const threads = local.threads ?? availableParallelism();
      links.push({
        planner: new LocalLlmPlanner({
          modelId: chosen.id,
          load: () => loadLocalLlm(chosen.path, { threads, contextSize: local.contextSize, temperature: 0.3 }),
          timeoutMs: local.timeoutSec * 1000,
          maxTokens: LOCAL_TOKEN_BUDGETS,
          ...(chosen.entry?.systemSuffix ? { systemSuffix: chosen.entry.systemSuffix } : {}),
        }),
        label: `the local model ${chosen.id}`,
      });
    } else if (chosen) hints.push('A local model is installed but node-llama-cpp is not: npm install --include=optional');
    else if (links.length === 0) hints.push(`No language model: the built-in rules plan. For real scripts offline: ${LOCAL_MODEL_PULL_COMMAND}`);
  }

  links.push({ planner: new BuiltinPlanner(), label: 'the built-in rules' });
  return {
    planner: withVisuals(withFallback(links), options.visuals ?? null),
    status: { active: links[0]!.planner.id, chain: links.map((link) => ({ id: link.planner.id, label: link.label })), hints },
  };
}
