import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { startFakeOllama, type FakeOllama } from '../agent/ollama/fake-ollama-server.js';

async function doctor(env: NodeJS.ProcessEnv, args: string[] = []): Promise<{ code: number; out: string }> {
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  const code = await runCli(['doctor', ...args], { stdin: new PassThrough(), stdout, stderr: new PassThrough(), env, cwd: process.cwd(), signal: new AbortController().signal });
  return { code, out };
}

describe('video-agent doctor', () => {
  let dir: string;
  let ollama: FakeOllama;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ova-doctor-'));
    ollama = await startFakeOllama({ models: [{ name: 'qwen2.5:7b', size: 4_700_000_000, parameter_size: '7.6B' }], answer: () => ({}) });
  });
  afterAll(async () => {
    await ollama.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('says the built-in rules plan, and how to get the local model', async () => {
    const { code, out } = await doctor({ DATA_DIR: dir, OLLAMA: '0' });
    expect(code).toBe(0);
    expect(out).toMatch(/^Planner: the built-in rules \(builtin\)$/m);
    expect(out).toMatch(/video-agent models pull qwen2\.5-1\.5b-instruct/);
  });

  it('names a detected Ollama model first and the rules as its fallback, also as JSON', async () => {
    const { out } = await doctor({ DATA_DIR: dir, OLLAMA_BASE_URL: ollama.url });
    expect(out).toMatch(/^Planner: Ollama's qwen2\.5:7b \(llm:ollama:qwen2\.5:7b\)$/m);
    expect(out).toMatch(/^Falls back to: .*the built-in rules \(builtin\)$/m);
    const json = JSON.parse((await doctor({ DATA_DIR: dir, OLLAMA_BASE_URL: ollama.url }, ['--json'])).out);
    expect(json.planner.active).toBe('llm:ollama:qwen2.5:7b');
  });
});
