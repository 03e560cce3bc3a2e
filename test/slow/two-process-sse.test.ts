import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { parseEventStream } from '../../src/client/index.js';
import { channelFor, parseSessionNotice } from '../../src/events/index.js';
import { dropSchemas, freshSchemaName, testDatabaseUrl } from '../store/postgres/pg-test-db.js';
import { freePort, startWorker, waitForWorkers, type WorkerProcess } from '../worker/worker-process.js';

const KEY = 'two-process-sse-key';
const SESSIONS = 4;

/** Consecutive repeats dropped: a status may be delivered twice (a reconnect's re-read), never out of order. */
const changes = (statuses: string[]) => statuses.filter((status, i) => status !== statuses[i - 1]);

/** The status events one SSE client of the API process hears, until the session ends. */
async function followStatuses(base: string, sessionId: string, signal: AbortSignal): Promise<string[]> {
  const response = await fetch(`${base}/v3/video-agents/${sessionId}/events`, { headers: { 'x-api-key': KEY }, signal });
  if (!response.ok || !response.body) throw new Error(`events of ${sessionId}: HTTP ${response.status}`);
  const statuses: string[] = [];
  for await (const frame of parseEventStream(response.body, signal)) {
    if (!frame.id) throw new Error(`an SSE event without an id: ${frame.event} ${frame.data}`);
    if (frame.event !== 'status') continue;
    const status = (JSON.parse(frame.data) as { status: string }).status;
    statuses.push(status);
    if (status === 'completed' || status === 'failed') break;
  }
  return statuses;
}

if (testDatabaseUrl === null) {
  describe.skip('SSE of an API process hears runs done by a worker process (TEST_DATABASE_URL is not set)', () => {
    it('needs PostgreSQL', () => undefined);
  });
} else {
  describe('SSE of an API process hears runs done by a worker process, on one PostgreSQL', () => {
    const schema = freshSchemaName('sse2p');
    const processes: WorkerProcess[] = [];
    const cleanup: Array<() => Promise<unknown>> = [];

    afterAll(async () => {
      for (const child of processes) child.child.kill('SIGKILL');
      await Promise.all(processes.map((child) => child.exited));
      for (const step of cleanup.reverse()) await step().catch(() => undefined);
      await dropSchemas([schema, `${schema}_jobs`]);
    });

    it('every status change of every generate session reaches the SSE client, through completed, whichever process ran it', async () => {
      const databaseUrl = testDatabaseUrl as string;
      // One machine: the processes share DATA_DIR (blobs and signing secrets); the database is fresh per run.
      const dataDir = await mkdtemp(join(tmpdir(), 'ova-sse2p-'));
      cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
      const port = await freePort();
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        DATABASE_URL: databaseUrl,
        DATABASE_SCHEMA: schema,
        DATA_DIR: dataDir,
        API_KEYS: KEY,
        PORT: String(port),
        LOG_LEVEL: 'info',
        RENDER_SPLIT_WAYS: '0',
      };

      // Every notice on the channel, with the bus that sent it: which process made each status change.
      const observer = new pg.Client({ connectionString: databaseUrl });
      await observer.connect();
      cleanup.push(() => observer.end());
      const published = new Map<string, Array<{ origin: string; status: string }>>();
      observer.on('notification', (message) => {
        const notice = parseSessionNotice(message.payload);
        if (notice?.k === 's') published.set(notice.s, [...(published.get(notice.s) ?? []), { origin: notice.o, status: notice.st }]);
      });
      await observer.query(`LISTEN "${channelFor(schema)}"`);

      const api = startWorker('api', env, 'src/main.ts');
      const worker = startWorker('worker', env);
      processes.push(api, worker);
      const originOf = (child: WorkerProcess) => (child.lines.find((line) => line.msg === 'event bus listening')?.event_bus as { origin?: string } | undefined)?.origin;
      await waitForWorkers('both processes to be up', processes, () => originOf(api) && originOf(worker) && worker.lines.some((l) => l.msg === 'worker is taking jobs') && api.lines.some((l) => l.msg === 'open-video-agent is ready'), 90_000);
      const base = `http://127.0.0.1:${port}`;

      const controller = new AbortController();
      cleanup.push(async () => controller.abort());
      const follows: Array<{ id: string; heard: Promise<string[]> }> = [];
      for (let i = 0; i < SESSIONS; i++) {
        const created = await fetch(`${base}/v3/video-agents`, {
          method: 'POST',
          headers: { 'x-api-key': KEY, 'content-type': 'application/json' },
          body: JSON.stringify({ prompt: `Lighthouses, part ${i + 1}: a lamp and a lens throw the light far out to sea, and every lighthouse flashes its own pattern so sailors know which one they see.`, mode: 'generate', duration_sec: 6 }),
        });
        const body = (await created.json()) as { data: { session_id: string } };
        expect(created.status, JSON.stringify(body)).toBe(200);
        follows.push({ id: body.data.session_id, heard: followStatuses(base, body.data.session_id, controller.signal) });
      }
      let heard: string[][] | null = null;
      let broken: unknown = null;
      Promise.all(follows.map((f) => f.heard)).then((all) => (heard = all), (error: unknown) => (broken = error));
      await waitForWorkers('every stream to hear its session end', processes, () => {
        if (broken) throw broken;
        return heard;
      }, 280_000);

      // The test's own LISTEN connection may hear the last notice a moment after the SSE client did.
      for (let i = 0; i < 100 && follows.some(({ id }) => !(published.get(id) ?? []).some((p) => p.status === 'completed')); i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const workerOrigin = originOf(worker)!;
      let byWorker = 0;
      follows.forEach(({ id }, i) => {
        const statuses = changes(heard![i]!);
        const sent = changes((published.get(id) ?? []).map((p) => p.status));
        expect(statuses.at(-1), `session ${id}: heard ${statuses.join(' → ')}`).toBe('completed');
        // The stream opens with the stored status, then hears every later change in order.
        expect(statuses, `session ${id}: published ${sent.join(' → ')}`).toEqual(sent.slice(sent.indexOf(statuses[0]!)));
        byWorker += (published.get(id) ?? []).filter((p) => p.origin === workerOrigin).length;
      });
      // Otherwise the API process ran everything itself and nothing crossed processes (each job goes to either).
      expect(byWorker, 'status changes published by the worker process').toBeGreaterThan(0);
      process.stdout.write(`[two-process SSE] ${SESSIONS} sessions completed; ${byWorker} of their status changes were made by the worker and heard over the API's SSE\n`);
    }, 300_000);
  });
}
