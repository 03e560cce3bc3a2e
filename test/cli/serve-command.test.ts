import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliProcess } from './run-cli-process.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('video-agent serve', () => {
  let dir = '';
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('starts the server like npm start (generating a key), which the CLI on the same machine then uses, and stops on SIGTERM', async () => {
    dir = await mkdtemp(join(tmpdir(), 'ova-serve-'));
    const port = await freePort();
    const child = spawn(process.execPath, [`${root}bin/video-agent.js`, 'serve'], {
      cwd: dir,
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: join(dir, 'data'), API_KEYS: '', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    try {
      const baseUrl = `http://127.0.0.1:${port}`;
      for (let tries = 0; ; tries++) {
        const health = await fetch(`${baseUrl}/health`).catch(() => null);
        if (health?.ok) break;
        if (tries > 600) throw new Error(`serve did not come up: ${output}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const key = (await readFile(join(dir, 'data', 'api-key'), 'utf8')).trim();
      expect(output).toContain(key);

      // No key given: the CLI reads ./data/api-key because the server is on this machine.
      const run = await runCliProcess(['styles', '--json'], { cwd: dir, env: { VIDEO_AGENT_BASE_URL: baseUrl } });
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout).data.length).toBeGreaterThan(0);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, 120_000);
});
