import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { startFakeOllama, type FakeOllama } from '../agent/ollama/fake-ollama-server.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

describe('GET /health names the planner', () => {
  let ollama: FakeOllama;
  let server: TestServer;
  beforeAll(async () => {
    ollama = await startFakeOllama({ models: [{ name: 'qwen2.5:7b', size: 4_700_000_000, parameter_size: '7.6B' }], answer: () => ({}) });
    server = await startTestServer({ planners: loadConfig({ OLLAMA_BASE_URL: ollama.url, LOCAL_LLM: '0' }).planners });
  });
  afterAll(async () => {
    await server.dispose();
    await ollama.close();
  });

  it('reports the detected Ollama model as active, with the built-in rules to fall back to', async () => {
    const res = await server.app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', planner: { active: 'llm:ollama:qwen2.5:7b', fallbacks: ['builtin'] } });
  });
});
