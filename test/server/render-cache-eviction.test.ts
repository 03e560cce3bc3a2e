import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';

const MB = 1024 * 1024;
const dirs: string[] = [];
let server: TestServer | null = null;
afterAll(async () => {
  await server?.dispose();
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

/** Writes a 1 MiB cache entry last used `hoursAgo` hours ago. */
async function oldEntry(cacheDir: string, name: string, hoursAgo: number): Promise<void> {
  const path = join(cacheDir, name);
  await writeFile(path, Buffer.alloc(MB));
  const when = new Date(Date.now() - hoursAgo * 3600_000);
  await utimes(path, when, when);
}

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the session runtime evicts the render cache (RENDER_CACHE_MAX_MB)', () => {
  it('at start and after each render, keeping the entries the render just used', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'ova-evict-server-'));
    dirs.push(dataDir);
    const cacheDir = join(dataDir, 'cache', 'render');
    await mkdir(cacheDir, { recursive: true });
    await oldEntry(cacheDir, 'segment-stale1-clean.mp4', 48);
    await oldEntry(cacheDir, 'segment-stale2-clean.mp4', 24);

    // 2 MiB against a 1 MiB cap: the least recently used goes.
    server = await startTestServer({ renderCacheMaxMb: 1 }, { dataDir });
    await until(async () => (await readdir(cacheDir)).join() === 'segment-stale2-clean.mp4', 'eviction at start');

    // Old entries go after the next render (each 1 MiB with the render's own is over the cap); the render's
    // own entries, just used, stay.
    await oldEntry(cacheDir, 'segment-stale3-clean.mp4', 12);
    await oldEntry(cacheDir, 'audio-stale4-soundtrack.m4a', 6);
    const { body } = await server.call('POST', '/v3/video-agents', { prompt: 'Green tea in one breath', mode: 'generate', duration_sec: 5 });
    const session = await server.waitFor(body.data.session_id, ['completed', 'failed']);
    expect(session.status).toBe('completed');
    await until(async () => !(await readdir(cacheDir)).some((name) => name.includes('stale')), 'eviction after the render');
    const left = await readdir(cacheDir);
    expect(left.some((name) => name.startsWith('segment-'))).toBe(true);
    expect(left.some((name) => name.startsWith('tts-'))).toBe(true);
  });
});
