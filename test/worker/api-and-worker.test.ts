import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { s3rverCredentials, startS3Server } from '../store/blobs/s3-test-server.js';
import { dropSchemas, freshSchemaName, testDatabaseUrl } from '../store/postgres/pg-test-db.js';
import { freePort } from './worker-process.js';

const KEY = 'scale-out-key';

async function waitFor<T>(what: string, check: () => Promise<T | null | undefined | false>, timeoutMs: number): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => null);
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function call(base: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'x-api-key': KEY, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, body: await response.json() };
}

describe.skipIf(testDatabaseUrl === null)('two API processes and a worker on one PostgreSQL and one bucket', () => {
  const schema = freshSchemaName('ap');
  const children: ChildProcess[] = [];
  const cleanup: Array<() => Promise<unknown>> = [];

  afterAll(async () => {
    await Promise.all(
      children.map(async (child) => {
        if (child.exitCode === null && child.signalCode === null) {
          const exited = new Promise((resolve) => child.once('exit', resolve));
          child.kill('SIGKILL');
          await exited;
        }
      }),
    );
    for (const step of cleanup.reverse()) await step().catch(() => undefined);
    await dropSchemas([schema, `${schema}_jobs`]);
  });

  it('a session created on one API process is seen on the other, completes, and its video streams from the bucket', async () => {
    const s3 = await startS3Server(['ova-scale-out']);
    cleanup.push(() => s3.close());
    const dataDir = await mkdtemp(join(tmpdir(), 'ova-scale-data-'));
    cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
    const env = (extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({
      ...process.env,
      DATABASE_URL: testDatabaseUrl as string,
      DATABASE_SCHEMA: schema,
      S3_BUCKET: 'ova-scale-out',
      S3_ENDPOINT: s3.endpoint,
      S3_FORCE_PATH_STYLE: '1',
      AWS_ACCESS_KEY_ID: s3rverCredentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: s3rverCredentials.secretAccessKey,
      AWS_SDK_JS_SUPPRESS_NODE_DEPRECATION_WARNING: '1',
      // One DATA_DIR: the processes share its signing secrets (on many machines: copy the two files).
      DATA_DIR: dataDir,
      API_KEYS: KEY,
      LOG_LEVEL: 'warn',
      ...extra,
    });
    const [portA, portB] = [await freePort(), await freePort()];
    const spawnNode = (script: string, extra: NodeJS.ProcessEnv) => {
      const child = spawn(process.execPath, ['--import', 'tsx', script], { env: env(extra), stdio: ['ignore', 'ignore', 'inherit'] });
      children.push(child);
      return child;
    };
    spawnNode('src/main.ts', { PORT: String(portA) });
    spawnNode('src/main.ts', { PORT: String(portB) });
    spawnNode('src/worker/main.ts', {});
    const a = `http://127.0.0.1:${portA}`;
    const b = `http://127.0.0.1:${portB}`;
    for (const base of [a, b]) await waitFor(`${base} to be healthy`, async () => (await fetch(`${base}/health`)).ok, 60_000);

    const created = await call(a, 'POST', '/v3/video-agents', { prompt: 'A short video about why the sky is blue', mode: 'generate', duration_sec: 10 });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const id = created.body.data.session_id as string;
    expect((await call(b, 'GET', `/v3/video-agents/${id}`)).status).toBe(200);

    const done = await waitFor(
      'the session to end',
      async () => {
        const { body } = await call(b, 'GET', `/v3/video-agents/${id}`);
        return ['completed', 'failed'].includes(body.data.status) ? body.data : null;
      },
      240_000,
    );
    expect(done.status, JSON.stringify(done.messages?.at?.(-1) ?? done)).toBe('completed');
    const videos = (await call(a, 'GET', `/v3/video-agents/${id}/videos`)).body.data as Array<{ id: string; status: string }>;
    expect(videos.filter((v) => v.status === 'completed')).toHaveLength(1);
    const video = (await call(b, 'GET', `/v3/videos/${videos[0]!.id}`)).body.data as { video_url: string };
    // The media link is served by the API process from the bucket: MP4 bytes ("ftyp" at offset 4).
    const media = await fetch(video.video_url.replace(/^https?:\/\/[^/]+/, b));
    expect(media.status).toBe(200);
    const bytes = Buffer.from(await media.arrayBuffer());
    expect(bytes.length).toBeGreaterThan(1000);
    expect(bytes.subarray(4, 8).toString('latin1')).toBe('ftyp');
  }, 300_000);
});
