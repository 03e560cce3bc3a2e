/**
 * Fault: PostgreSQL restarts while a real server process (DATABASE_URL: store and pg-boss jobs in PostgreSQL)
 * is creating, thinking about and rendering sessions, and while clients poll them. The service must reconnect
 * by itself and lose nothing: every session created completes with exactly one video.
 *
 * Restarting the cluster cuts every connection on the machine, so this file must run alone:
 *
 *   OVA_FAULT_TESTS=1 npx vitest run test/faults
 *
 * It skips (saying why) unless OVA_FAULT_TESTS=1, TEST_DATABASE_URL is set, it runs as root and pg_ctlcluster
 * exists; so `npm test`, which runs files in parallel, never restarts PostgreSQL under another file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, type WriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it, onTestFailed } from 'vitest';
import { runProcess } from '../../src/process/index.js';
import { dropSchemas, freshSchemaName, testDatabaseUrl } from '../store/postgres/pg-test-db.js';

const KEY = 'pg-restart-key';
const PG_CTLCLUSTER = '/usr/bin/pg_ctlcluster';

function skipReason(): string | null {
  if (process.env.OVA_FAULT_TESTS !== '1') return 'OVA_FAULT_TESTS=1 is not set (this test restarts PostgreSQL, so it runs alone)';
  if (testDatabaseUrl === null) return 'TEST_DATABASE_URL is not set';
  if (process.getuid?.() !== 0) return 'not running as root (restarting PostgreSQL needs it)';
  if (!existsSync(PG_CTLCLUSTER)) return `${PG_CTLCLUSTER} is missing`;
  if (!existsSync('/etc/postgresql') || readdirSync('/etc/postgresql').length === 0) return 'no cluster in /etc/postgresql';
  return null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** One HTTP call; a refused connection or a 5xx during the outage is reported, not thrown. */
async function api(base: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  try {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'x-api-key': KEY, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    return { status: response.status, body: parsed };
  } catch (error) {
    return { status: 0, body: String(error) };
  }
}

async function restartPostgres(): Promise<void> {
  const version = readdirSync('/etc/postgresql').sort().at(-1) as string;
  await runProcess(PG_CTLCLUSTER, ['--skip-systemctl-redirect', version, 'main', 'restart'], { signal: AbortSignal.timeout(120_000) });
}

const reason = skipReason();

if (reason !== null) {
  process.stdout.write(`[skip] PostgreSQL restart fault test: ${reason}\n`);
  describe.skip(`PostgreSQL restarted under load (${reason})`, () => {
    it('needs OVA_FAULT_TESTS=1, root, pg_ctlcluster and TEST_DATABASE_URL', () => undefined);
  });
} else {
  describe('PostgreSQL restarted under load', () => {
    const schema = freshSchemaName('pgr');
    let child: ChildProcess | null = null;
    let dataDir = '';
    let logDir = '';
    let log: WriteStream | null = null;

    afterAll(async () => {
      if (child !== null && child.exitCode === null) {
        child.kill('SIGKILL');
        await new Promise((resolve) => child?.once('exit', resolve));
      }
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
      log?.end();
      if (logDir) await rm(logDir, { recursive: true, force: true });
      await dropSchemas([schema, `${schema}_jobs`]);
    });

    it('the server reconnects by itself and every session, before and after the restart, completes with one video', async () => {
      dataDir = await mkdtemp(join(tmpdir(), 'ova-pg-restart-'));
      logDir = await mkdtemp(join(tmpdir(), 'ova-pg-restart-log-'));
      // The server's log (warnings and errors), shown if the test fails: what it saw of the outage.
      const logPath = join(logDir, 'server.log');
      const logFile = createWriteStream(logPath);
      log = logFile;
      await new Promise((resolve) => logFile.once('open', resolve));
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
        env: {
          ...process.env,
          DATA_DIR: dataDir,
          PORT: String(port),
          HOST: '127.0.0.1',
          API_KEYS: KEY,
          LOG_LEVEL: 'warn',
          DATABASE_URL: testDatabaseUrl as string,
          DATABASE_SCHEMA: schema,
          MAX_ACTIVE_JOBS_PER_KEY: '20',
          RENDER_CONCURRENCY: '2',
        },
        stdio: ['ignore', logFile, 'inherit'],
      });
      child = server;
      onTestFailed(async () => {
        const lines = (await readFile(logPath, 'utf8').catch(() => '')).trim().split('\n');
        process.stderr.write(`server log (last 60 lines):\n${lines.slice(-60).join('\n')}\n`);
      });
      for (let i = 0; ; i++) {
        if ((await api(base, 'GET', '/health')).status === 200) break;
        if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode} at start`);
        if (i > 300) throw new Error('server did not become healthy');
        await sleep(100);
      }

      const create = async (i: number): Promise<string> => {
        const created = await api(base, 'POST', '/v3/video-agents', { prompt: `A tiny clip number ${i} about harbours`, mode: 'generate', duration_sec: 5 });
        expect(created.status, JSON.stringify(created.body)).toBe(200);
        return created.body.data.session_id as string;
      };

      const ids: string[] = [];
      for (let i = 0; i < 4; i++) ids.push(await create(i));

      // Clients keep polling all through the outage; what they see is counted, not asserted (a 5xx while the
      // database is down is honest; a crash or a lost session is not).
      let polling = true;
      const seen = { ok: 0, failed: 0 };
      const poller = (async () => {
        while (polling) {
          for (const id of ids) {
            const { status } = await api(base, 'GET', `/v3/video-agents/${id}`);
            if (status === 200) seen.ok++;
            else seen.failed++;
          }
          await sleep(200);
        }
      })();

      // Restart PostgreSQL once a render is running (a pg-boss job is active, the store is being written), with
      // the other sessions still thinking or queued behind it.
      const renderDeadline = Date.now() + 120_000;
      while (Date.now() < renderDeadline) {
        const statuses = await Promise.all(ids.map(async (id) => (await api(base, 'GET', `/v3/video-agents/${id}`)).body?.data?.status));
        if (statuses.includes('generating')) break;
        await sleep(250);
      }
      const statusesAtRestart = await Promise.all(ids.map(async (id) => (await api(base, 'GET', `/v3/video-agents/${id}`)).body?.data?.status));
      const restartAt = Date.now();
      await restartPostgres();
      const restartedAt = Date.now();
      expect(server.exitCode, 'the server process died during the restart').toBeNull();

      // The API answers again by itself (the pools reconnect), within a minute of PostgreSQL being back.
      let answeredAt = 0;
      for (const until = Date.now() + 60_000; Date.now() < until; await sleep(100)) {
        if ((await api(base, 'GET', `/v3/video-agents/${ids[0]}`)).status === 200) {
          answeredAt = Date.now();
          break;
        }
      }
      expect(answeredAt, 'the API did not answer GET session within 60 s of the restart').toBeGreaterThan(0);

      // New work after the restart goes through the reconnected pool and queue (retrying while it reconnects).
      for (let i = 4; i < 6; i++) {
        for (let attempt = 0; ; attempt++) {
          const created = await api(base, 'POST', '/v3/video-agents', { prompt: `A tiny clip number ${i} about harbours`, mode: 'generate', duration_sec: 5 });
          if (created.status === 200) {
            ids.push(created.body.data.session_id as string);
            break;
          }
          if (attempt > 30) throw new Error(`creating after the restart kept failing: ${created.status} ${JSON.stringify(created.body)}`);
          await sleep(1_000);
        }
      }

      const deadline = Date.now() + 8 * 60_000;
      const final = new Map<string, any>();
      while (final.size < ids.length && Date.now() < deadline) {
        for (const id of ids) {
          if (final.has(id)) continue;
          const { status, body } = await api(base, 'GET', `/v3/video-agents/${id}`);
          if (status === 200 && (body.data.status === 'completed' || body.data.status === 'failed')) final.set(id, body.data);
        }
        expect(server.exitCode, 'the server process died').toBeNull();
        if (final.size < ids.length) await sleep(1_000);
      }
      polling = false;
      await poller;

      const finishedAt = Date.now();
      expect(ids.filter((id) => !final.has(id)), 'sessions that never finished').toEqual([]);
      for (const id of ids) {
        const session = final.get(id);
        expect(session.status, `session ${id}: ${JSON.stringify(session.messages?.[0])}`).toBe('completed');
        const videos = await api(base, 'GET', `/v3/video-agents/${id}/videos?limit=10`);
        expect(videos.status).toBe(200);
        expect(videos.body.data, `videos of ${id}`).toHaveLength(1);
        expect(videos.body.data[0].id).toBe(session.video_id);
        expect(videos.body.data[0].status).toBe('completed');
      }
      // Nothing left behind in pg-boss: no job still active (abandoned) or queued.
      const admin = new pg.Client({ connectionString: testDatabaseUrl as string });
      await admin.connect();
      try {
        const { rows } = await admin.query<{ state: string; n: number }>(`SELECT state, count(*)::int AS n FROM ${schema}_jobs.job GROUP BY state`);
        const states = Object.fromEntries(rows.map((row) => [row.state, row.n]));
        expect(states, 'pg-boss job states after the run').not.toHaveProperty('active');
        expect(states).not.toHaveProperty('created');
        expect(states).not.toHaveProperty('retry');
      } finally {
        await admin.end();
      }
      // What the server reported of the outage (errors it rode out: cut statements, retried completes, …).
      const reported = (await readFile(logPath, 'utf8')).split('\n').filter((line) => /"level":50/.test(line));
      const reasons = [...new Set(reported.map((line) => /"message":"([^"]{0,80})/.exec(line)?.[1] ?? '?'))];
      console.log(`server reported ${reported.length} errors during the run: ${reasons.join(' | ')}`);
      console.log(
        `PostgreSQL restarted (${restartedAt - restartAt} ms) with sessions ${statusesAtRestart.join('/')}; API answered ${answeredAt - restartedAt} ms after; ` +
          `all ${ids.length} sessions completed, one video each, ${Math.round((finishedAt - restartedAt) / 1000)} s after the restart; polls: ${seen.ok} ok, ${seen.failed} failed`,
      );
    }, 12 * 60_000);
  });
}
