import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/index.js';
import { createPlanner } from '../../../src/agent/index.js';

describe('choosing the planner from the environment', () => {
  it('uses the built-in planner when nothing is set', () => {
    expect(loadConfig({}).llm).toBeNull();
    // Pictures are added around whichever planner writes (withVisuals), so the id says which one it is.
    expect(createPlanner(null).id).toBe('builtin');
  });

  it('reads an OpenAI-compatible server (Ollama, vLLM, LM Studio)', () => {
    const llm = loadConfig({ OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1/', LLM_MODEL: 'llama3.1:8b' }).llm!;
    expect(llm).toMatchObject({ provider: 'openai-compatible', baseUrl: 'http://127.0.0.1:11434/v1', apiKey: null, model: 'llama3.1:8b', images: false, structuredOutputs: true, timeoutSec: 45, maxAttempts: 3 });
    const planner = createPlanner(llm);
    expect(planner.id).toBe('llm:openai-compatible:llama3.1:8b');
  });

  it('reads OpenAI itself and Anthropic, with defaults', () => {
    expect(loadConfig({ OPENAI_API_KEY: 'sk-x' }).llm).toMatchObject({ provider: 'openai-compatible', baseUrl: null, model: 'gpt-4o-mini', images: true });
    expect(loadConfig({ ANTHROPIC_API_KEY: 'a', ANTHROPIC_BASE_URL: 'http://proxy.local/v1', LLM_TIMEOUT_SEC: '20', LLM_MAX_ATTEMPTS: '5', LLM_IMAGES: '0' }).llm).toMatchObject({
      provider: 'anthropic', baseUrl: 'http://proxy.local/v1', apiKey: 'a', timeoutSec: 20, maxAttempts: 5, images: false,
    });
    expect(loadConfig({ ANTHROPIC_API_KEY: 'a', OPENAI_API_KEY: 'o', LLM_PROVIDER: 'openai' }).llm!.provider).toBe('openai-compatible');
    expect(loadConfig({ ANTHROPIC_API_KEY: 'a', LLM_PROVIDER: 'builtin' }).llm).toBeNull();
  });

  it('refuses settings that cannot work, saying which variable', () => {
    expect(() => loadConfig({ OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1' })).toThrow(/LLM_MODEL is required/);
    expect(() => loadConfig({ OPENAI_BASE_URL: 'localhost:11434', LLM_MODEL: 'x' })).toThrow(/OPENAI_BASE_URL must start with http/);
    expect(() => loadConfig({ LLM_PROVIDER: 'anthropic' })).toThrow(/ANTHROPIC_API_KEY is required/);
    expect(() => loadConfig({ LLM_PROVIDER: 'gemini' })).toThrow(/LLM_PROVIDER must be/);
    expect(() => loadConfig({ OPENAI_API_KEY: 'k', LLM_TIMEOUT_SEC: '0' })).toThrow(/LLM_TIMEOUT_SEC/);
    expect(() => loadConfig({ OPENAI_API_KEY: 'k', LLM_IMAGES: 'maybe' })).toThrow(/LLM_IMAGES must be 1 or 0/);
  });
});
