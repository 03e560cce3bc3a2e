import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseOllamaModel, detectOllama, resolvePlanner } from '../../../src/agent/index.js';
import { loadConfig } from '../../../src/config/index.js';
import { script } from '../llm/llm-fixtures.js';
import { testContext } from '../test-context.js';
import { startFakeOllama, type FakeOllama } from './fake-ollama-server.js';

const plan = script('malformed-then-valid')[1]!.output;
const models = [
  { name: 'nomic-embed-text:latest', size: 274_000_000, parameter_size: '137M' },
  { name: 'llama3.2:3b', size: 2_000_000_000, parameter_size: '3.2B' },
  { name: 'qwen2.5:7b', size: 4_700_000_000, parameter_size: '7.6B' },
  { name: 'qwen2.5:32b', size: 19_000_000_000, parameter_size: '32.8B' },
];

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('Ollama, detected', () => {
  let fake: FakeOllama;
  let failing = false;
  let dataDir: string;
  beforeAll(async () => {
    fake = await startFakeOllama({ models, answer: () => (failing ? 500 : plan) });
    dataDir = await mkdtemp(join(tmpdir(), 'ova-ollama-'));
  });
  afterAll(async () => {
    await fake.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('lists the pulled models, and finds nothing quickly where no server answers', async () => {
    expect((await detectOllama(fake.url, 1000))?.map((m) => m.name)).toEqual(models.map((m) => m.name));
    const started = Date.now();
    expect(await detectOllama(`http://127.0.0.1:${await closedPort()}`, 400)).toBeNull();
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('uses the configured model when pulled, else the best chat model a CPU can run', async () => {
    const listed = (await detectOllama(fake.url, 1000))!;
    expect(chooseOllamaModel(listed, 'llama3.2:3b')).toBe('llama3.2:3b');
    expect(chooseOllamaModel(listed, 'mistral')).toBeNull();
    expect(chooseOllamaModel(listed, null)).toBe('qwen2.5:7b');
    expect(chooseOllamaModel([{ name: 'nomic-embed-text:latest', bytes: 1, parameterSize: '137M' }], null)).toBeNull();
  });

  it('plans through Ollama with the storyboard schema as structured output, ahead of the built-in rules', async () => {
    const config = loadConfig({ DATA_DIR: dataDir, OLLAMA_BASE_URL: fake.url, LOCAL_LLM: '0' });
    const { planner, status } = await resolvePlanner(config);
    expect(status.active).toBe('llm:ollama:qwen2.5:7b');
    expect(status.chain.map((link) => link.id)).toEqual(['llm:ollama:qwen2.5:7b', 'builtin']);
    const before = fake.chats.length;
    const result = await planner.plan({ prompt: 'Announce that Acme Notes now supports dark mode, offline sync and a 30% faster startup.', attachments: [], orientation: null, duration_sec: null, voice_id: null, avatar_id: null, style_id: null, skip_agentic_stop: true }, testContext());
    expect(result.kind).toBe('storyboard');
    if (result.kind === 'storyboard') expect(result.storyboard.title).toBe('Acme Notes: Dark Mode, Offline Sync and a Faster Start');
    const sent = fake.chats[before]!;
    expect(sent.model).toBe('qwen2.5:7b');
    const format = sent.response_format as { type: string; json_schema: { schema: { properties: Record<string, unknown> } } };
    expect(format.type).toBe('json_schema');
    expect(Object.keys(format.json_schema.schema.properties)).toContain('scenes');
  });

  it('falls back to the built-in rules when Ollama fails, and says so once', async () => {
    failing = true;
    try {
      const { planner } = await resolvePlanner(loadConfig({ DATA_DIR: dataDir, OLLAMA_BASE_URL: fake.url, LOCAL_LLM: '0' }));
      const result = await planner.plan({ prompt: 'The office is closed on Monday for the public holiday. We reopen on Tuesday at 9 am.', attachments: [], orientation: null, duration_sec: null, voice_id: null, avatar_id: null, style_id: null, skip_agentic_stop: true }, testContext());
      expect(result.kind).toBe('storyboard');
      expect(result.message.match(/could not do this/g)).toHaveLength(1);
      expect(result.message).toMatch(/^Ollama's qwen2\.5:7b could not do this \(.*HTTP 500.*\)\. The built-in rules took over\./);
    } finally {
      failing = false;
    }
  });

  it('reports an Ollama without chat models, and never probes when turned off', async () => {
    const empty = await startFakeOllama({ models: [models[0]!], answer: () => plan });
    try {
      const { status } = await resolvePlanner(loadConfig({ DATA_DIR: dataDir, OLLAMA_BASE_URL: empty.url, LOCAL_LLM: '0' }));
      expect(status.active).toBe('builtin');
      expect(status.hints.join('\n')).toMatch(/no chat model: ollama pull/);
      const off = await resolvePlanner(loadConfig({ DATA_DIR: dataDir, OLLAMA_BASE_URL: fake.url, OLLAMA: '0', LOCAL_LLM: '0' }));
      expect(off.status.active).toBe('builtin');
    } finally {
      await empty.close();
    }
  });
});
