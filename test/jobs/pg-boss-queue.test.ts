import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { PgBossQueue, type Job } from '../../src/jobs/index.js';
import { DatabaseUnavailableError } from '../../src/store/index.js';
import { pgProxy } from '../store/postgres/pg-proxy.js';
import { dropSchemas, freshSchemaName, testDatabaseUrl } from '../store/postgres/pg-test-db.js';
import { describeQueueConformance } from './queue-conformance.js';

const schemas: string[] = [];
afterAll(async () => dropSchemas(schemas));

function queueIn(schema: string, onError?: (error: unknown, job: Job | undefined) => void): PgBossQueue {
  return new PgBossQueue({
    connectionString: testDatabaseUrl as string,
    schema,
    pollIntervalMs: 500,
    reapIntervalMs: 300,
    reapGraceMs: 200,
    ...(onError ? { onError } : {}),
  });
}

function freshQueue(): PgBossQueue {
  const schema = freshSchemaName('q');
  schemas.push(schema);
  return queueIn(schema);
}

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out waiting for a condition');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

if (testDatabaseUrl === null) {
  describe.skip('PgBossQueue (TEST_DATABASE_URL is not set)', () => {
    it('needs PostgreSQL', () => undefined);
  });
} else {
  describeQueueConformance('pg-boss', async () => {
    const queue = freshQueue();
    await queue.start();
    return queue;
  });

  describe('PgBossQueue across processes (two queues on one database)', () => {
    it('a job enqueued by one queue runs on the other', async () => {
      const schema = freshSchemaName('q');
      schemas.push(schema);
      const api = queueIn(schema);
      const worker = queueIn(schema);
      const seen: unknown[] = [];
      try {
        await worker.work('plan', 1, async (job) => void seen.push(job.data));
        await api.enqueue('plan', { session_id: 'ses_x' }, { singletonKey: 'ses_x' });
        await waitFor(() => seen.length === 1);
        expect(seen).toEqual([{ session_id: 'ses_x' }]);
      } finally {
        await api.close();
        await worker.close();
      }
    });

    it('cancel(key) in one process aborts the job running in another (LISTEN/NOTIFY)', async () => {
      const schema = freshSchemaName('q');
      schemas.push(schema);
      const api = queueIn(schema);
      const worker = queueIn(schema);
      let signal: AbortSignal | null = null;
      let stopped = false;
      try {
        await worker.work('render', 1, async (_job, s) => {
          signal = s;
          await new Promise<void>((resolve) => s.addEventListener('abort', () => resolve(), { once: true }));
          stopped = true;
        });
        await api.enqueue('render', null, { singletonKey: 'ses_1' });
        await waitFor(() => signal !== null);
        await api.cancel('ses_1');
        await waitFor(() => stopped);
        expect((signal as AbortSignal | null)?.aborted).toBe(true);
      } finally {
        await api.close();
        await worker.close();
      }
    });

    it('a follow-up asked for by another process runs after the job, not beside it', async () => {
      const schema = freshSchemaName('q');
      schemas.push(schema);
      const api = queueIn(schema);
      const a = queueIn(schema);
      const b = queueIn(schema);
      let active = 0;
      let peak = 0;
      const seen: unknown[] = [];
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const handler = async (job: Job) => {
        active++;
        peak = Math.max(peak, active);
        seen.push(job.data);
        if (job.data === 'first') await gate;
        active--;
      };
      try {
        await a.work('plan', 2, handler);
        await b.work('plan', 2, handler);
        const first = await api.enqueue('plan', 'first', { singletonKey: 'k' });
        await waitFor(() => seen.length === 1);
        expect(await api.enqueue('plan', 'second', { singletonKey: 'k' })).toBe(first);
        expect(await api.enqueue('plan', 'third', { singletonKey: 'k' })).toBe(first);
        release();
        await waitFor(() => seen.length === 2);
        expect(seen).toEqual(['first', 'third']);
        expect(peak).toBe(1);
      } finally {
        await Promise.all([api.close(), a.close(), b.close()]);
      }
    });

    it('a job whose worker vanished (its connection dropped) is run again by another worker', async () => {
      const schema = freshSchemaName('q');
      schemas.push(schema);
      const dying = queueIn(schema);
      const survivor = queueIn(schema);
      const runs: string[] = [];
      try {
        await dying.work('render', 1, async (_job, signal) => {
          runs.push('dying');
          await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
        });
        await dying.enqueue('render', { n: 1 }, { singletonKey: 'ses_1' });
        await waitFor(() => runs.length === 1);
        // What kill -9 does to a worker, as seen from PostgreSQL: its connections end, its locks go, the job
        // stays active. Simulate by ending the lock connection and leaving the job unfinished.
        const internals = dying as unknown as { listen: { client: { end(): Promise<void> } | null }; closed: boolean };
        internals.closed = true;
        await internals.listen.client?.end();
        internals.listen.client = null;
        await survivor.work('render', 1, async () => void runs.push('survivor'));
        await waitFor(() => runs.length === 2);
        expect(runs).toEqual(['dying', 'survivor']);
      } finally {
        await survivor.close();
        // Let the "dead" queue shut down for real so the test leaves no connections behind.
        (dying as unknown as { closed: boolean }).closed = false;
        await dying.close({ abort: true });
      }
    });

    it('close({ abort: true }) hands a running job back, and another worker finishes it', async () => {
      const schema = freshSchemaName('q');
      schemas.push(schema);
      const first = queueIn(schema);
      const second = queueIn(schema);
      const runs: string[] = [];
      try {
        await first.work('render', 1, async (_job, signal) => {
          runs.push('first');
          await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
        });
        await first.enqueue('render', null, { singletonKey: 'ses_2' });
        await waitFor(() => runs.length === 1);
        await first.close({ abort: true });
        await second.work('render', 1, async () => void runs.push('second'));
        await waitFor(() => runs.length === 2);
        expect(runs).toEqual(['first', 'second']);
      } finally {
        await second.close();
      }
    });

    it('survives its database connections being cut (as in a PostgreSQL restart): jobs still run', async () => {
      const schema = freshSchemaName('q');
      schemas.push(schema);
      const applicationName = `ova-cut-${schema}`;
      const errors: unknown[] = [];
      const queue = new PgBossQueue({
        connectionString: testDatabaseUrl as string,
        schema,
        pollIntervalMs: 300,
        applicationName,
        onError: (error) => errors.push(error),
      });
      const seen: unknown[] = [];
      const admin = new pg.Client({ connectionString: testDatabaseUrl as string });
      await admin.connect();
      try {
        await queue.work('plan', 1, async (job) => void seen.push(job.data));
        await queue.enqueue('plan', 'before', { singletonKey: 'k1' });
        await waitFor(() => seen.length === 1);
        const cut = await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name LIKE $1', [`${applicationName}%`]);
        expect(cut.rowCount).toBeGreaterThan(1);
        // The first attempt may meet a connection that has not noticed yet; the caller retries, as the API would.
        await waitFor(async () => {
          try {
            await queue.enqueue('plan', 'after', { singletonKey: 'k2' });
            return true;
          } catch {
            return false;
          }
        });
        await waitFor(() => seen.includes('after'));
        // And cancellation listens again on the new connection.
        await waitFor(async () => (await admin.query('SELECT 1 FROM pg_stat_activity WHERE application_name = $1 AND query LIKE $2', [`${applicationName}-listen`, 'LISTEN%'])).rowCount! > 0);
      } finally {
        await admin.end();
        await queue.close();
      }
    });

    it('a worker whose lock connection dropped long enough for a takeover abandons its run on reconnecting', async () => {
      const schema = freshSchemaName('q');
      schemas.push(schema);
      const applicationName = `ova-lapse-${schema}`;
      const lapsing = new PgBossQueue({ connectionString: testDatabaseUrl as string, schema, pollIntervalMs: 300, applicationName });
      const other = queueIn(schema);
      const runs: string[] = [];
      let lapsingSignal: AbortSignal | null = null;
      const admin = new pg.Client({ connectionString: testDatabaseUrl as string });
      await admin.connect();
      try {
        await lapsing.work('render', 1, async (_job, signal) => {
          runs.push('lapsing');
          lapsingSignal = signal;
          await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
        });
        await lapsing.enqueue('render', null, { singletonKey: 'ses_l' });
        await waitFor(() => runs.length === 1);
        await other.work('render', 1, async () => void runs.push('other'));
        // Only the LISTEN/lock connection: it reconnects after a second, by when the other queue's reaper
        // (every 300 ms, 200 ms grace) has found the lock free and re-run the job.
        await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [`${applicationName}-listen`]);
        await waitFor(() => runs.includes('other'));
        await waitFor(() => (lapsingSignal as AbortSignal | null)?.aborted === true);
        expect(runs).toEqual(['lapsing', 'other']);
      } finally {
        await admin.end();
        await Promise.all([lapsing.close({ abort: true }), other.close({ abort: true })]);
      }
    });

    it('a job still running when its lock connection is cut keeps running, is completed once, and its lock is free after', async () => {
      const schema = freshSchemaName('q');
      schemas.push(schema);
      const applicationName = `ova-keep-${schema}`;
      const queue = new PgBossQueue({ connectionString: testDatabaseUrl as string, schema, pollIntervalMs: 300, reapIntervalMs: 300, reapGraceMs: 200, applicationName });
      const admin = new pg.Client({ connectionString: testDatabaseUrl as string });
      await admin.connect();
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let signal: AbortSignal | null = null;
      let finished = 0;
      const listeners = async () =>
        Number((await admin.query('SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = $1', [`${applicationName}-listen`])).rows[0].n);
      try {
        await queue.work('render', 1, async (_job, s) => {
          signal = s;
          await gate;
          finished++;
        });
        const id = await queue.enqueue('render', null, { singletonKey: 'ses_k' });
        await waitFor(() => signal !== null);
        // A cut connection reports twice (the server's FATAL, then the socket's end): still one reconnection.
        await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [`${applicationName}-listen`]);
        await waitFor(async () => (await listeners()) === 1);
        // Past a few reaper rounds: the reconnected lock still says the job is ours.
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        expect(await listeners()).toBe(1);
        expect((signal as AbortSignal | null)?.aborted).toBe(false);
        release();
        await waitFor(async () => (await admin.query(`SELECT state FROM ${schema}.job WHERE id = $1`, [id])).rows[0]?.state === 'completed');
        expect(finished).toBe(1);
        const lock = await admin.query<{ ok: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS ok', [`ova-job:${id}`]);
        expect(lock.rows[0]?.ok).toBe(true);
        await admin.query('SELECT pg_advisory_unlock(hashtext($1))', [`ova-job:${id}`]);
      } finally {
        release();
        await admin.end();
        await queue.close({ abort: true });
      }
    });

    it('a job finished while the database is unreachable is completed once it is back, not lost or run again', async () => {
      const schema = freshSchemaName('q');
      schemas.push(schema);
      const proxy = await pgProxy(testDatabaseUrl as string);
      const queue = new PgBossQueue({ connectionString: proxy.url, schema, pollIntervalMs: 300, reapIntervalMs: 300, reapGraceMs: 200 });
      const admin = new pg.Client({ connectionString: testDatabaseUrl as string });
      await admin.connect();
      const stateOf = async (id: string) => (await admin.query(`SELECT state FROM ${schema}.job WHERE id = $1`, [id])).rows[0]?.state as string | undefined;
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let runs = 0;
      let returned = false;
      try {
        await queue.work('render', 1, async () => {
          runs++;
          await gate;
          returned = true;
        });
        const id = await queue.enqueue('render', null, { singletonKey: 'ses_d' });
        await waitFor(() => runs === 1);
        proxy.down();
        release();
        await waitFor(() => returned);
        // Down for a while: complete fails and is tried again; the job must stay active (ours), not be dropped.
        await new Promise((resolve) => setTimeout(resolve, 2_000));
        expect(await stateOf(id)).toBe('active');
        proxy.up();
        await waitFor(async () => (await stateOf(id)) === 'completed', 30_000);
        // The key is free again and nothing ran twice.
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        expect(runs).toBe(1);
        expect((await admin.query(`SELECT count(*)::int AS n FROM ${schema}.ova_queue_keys`)).rows[0].n).toBe(0);
      } finally {
        release();
        proxy.up();
        await admin.end();
        await queue.close({ abort: true });
        await proxy.close();
      }
    });

    it('a handler that failed because the database was unavailable is run again, then completed', async () => {
      const queue = freshQueue();
      const attempts: string[] = [];
      try {
        await queue.work('render', 1, async (job) => {
          attempts.push(job.id);
          if (attempts.length === 1) throw new DatabaseUnavailableError(new Error('Connection terminated unexpectedly'));
        });
        const id = await queue.enqueue('render', null, { singletonKey: 'ses_u' });
        await waitFor(() => attempts.length === 2);
        expect(attempts).toEqual([id, id]);
      } finally {
        await queue.close();
      }
    });

    it('refuses a schema name that is not a plain identifier', () => {
      expect(() => new PgBossQueue({ connectionString: testDatabaseUrl as string, schema: 'a"; drop' })).toThrow(/schema/);
    });
  });
}
