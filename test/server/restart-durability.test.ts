import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const KEY = 'durability-key';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Starts the real server the way `npm start` does, as its own process. */
function startProcess(dataDir: string, port: number): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), API_KEYS: KEY, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function waitHealthy(base: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${base}/health`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('server did not become healthy');
}

async function api(base: string, method: string, path: string, body?: unknown): Promise<any> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'x-api-key': KEY, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return response.json();
}

async function waitStatus(base: string, id: string, statuses: string[], timeoutMs: number): Promise<any> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { data } = await api(base, 'GET', `/v3/video-agents/${id}`);
    if (statuses.includes(data.status)) return data;
    if (Date.now() > deadline) throw new Error(`still ${data.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('a server killed with SIGKILL mid-render', () => {
  const children: ChildProcess[] = [];
  let dataDir = '';
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('loses nothing: after a restart the session carries on and completes with one video', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ova-durability-'));
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const first = startProcess(dataDir, port);
    children.push(first);
    await waitHealthy(base);

    const created = await api(base, 'POST', '/v3/video-agents', { prompt: 'A video about how lighthouses work. A lamp burns at the top of the tower. A large lens gathers its light into a beam. The beam turns, so ships far away see a flash. Each lighthouse flashes its own pattern, and sailors read it on their charts. Today most lighthouses run by themselves.', mode: 'chat', duration_sec: 20 });
    const id = created.data.session_id as string;
    await waitStatus(base, id, ['reviewing'], 30_000);
    await api(base, 'POST', `/v3/video-agents/${id}`, { message: 'looks good' });
    await waitStatus(base, id, ['generating'], 10_000);
    await new Promise((resolve) => setTimeout(resolve, 800));
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));

    const second = startProcess(dataDir, port);
    children.push(second);
    await waitHealthy(base);
    const done = await waitStatus(base, id, ['completed', 'failed'], 120_000);
    expect(done.status, JSON.stringify(done.messages[0])).toBe('completed');
    const videos = await api(base, 'GET', `/v3/video-agents/${id}/videos`);
    expect(videos.data.filter((v: any) => v.status === 'completed')).toHaveLength(1);
    const messages = done.messages.map((m: any) => `${m.role}:${m.type}`);
    expect(messages.filter((m: string) => m === 'user:text')).toHaveLength(2);
    second.kill('SIGTERM');
    await new Promise((resolve) => second.once('exit', resolve));
  });
});
