import PgBoss from 'pg-boss';
import pg from 'pg';
import { CancelledError, isCancelled } from '../../errors/index.js';
import { DatabaseUnavailableError, isConnectionError, isDatabaseUnavailable } from '../../store/index.js';
import type { EnqueueOptions, Job, JobHandler, Queue } from '../queue.js';
import { activeJobsOlderThan, type SqlRunner } from './pg-boss-tables.js';
import type { Envelope, PgBossQueueOptions, RunningJob, Worker } from './pg-boss-queue-types.js';
import { inTransaction, withPoolClient } from './pool-client.js';
import { tryLockJob, unlockJob } from './job-locks.js';
import { QueueListener } from './queue-listener.js';
import { runFetchLoop } from './run-fetch-loop.js';
import { JobSettler } from './job-settler.js';
import { SingletonKeyTable } from './singleton-key-table.js';

const schemaPattern = /^[a-z_][a-z0-9_]{0,40}$/;

/**
 * The Queue on PostgreSQL with pg-boss 10, for any number of processes sharing one database.
 *
 * pg-boss stores and hands out the jobs (`fetch` with SKIP LOCKED, `complete`, `fail` with retries); singleton
 * keys and follow-ups are ours (SingletonKeyTable).
 *
 * Cancellation across processes: `cancel(key)` runs `pg_notify('<schema>_cancel', key)`; every queue LISTENs on
 * that channel with a dedicated connection and aborts the signal of its running job with that key.
 * `enqueue` also notifies `<schema>_wake` so idle workers fetch at once instead of waiting for the next poll.
 *
 * Dead workers are found by their free advisory locks (job-locks.ts) and failed into pg-boss's retry.
 *
 * A handler that throws is reported and its job completed (no automatic retry, as in-process); `close({ abort:
 * true })` aborts running handlers and hands their jobs back to the queue (pg-boss retry) for another process.
 */
export class PgBossQueue implements Queue {
  readonly id = 'pg-boss';
  readonly durable = true;
  readonly schema: string;
  private readonly boss: PgBoss;
  private readonly pool: pg.Pool;
  private readonly listen: QueueListener;
  private readonly settler: JobSettler;
  private readonly keys: SingletonKeyTable;
  private readonly workers = new Map<string, Worker>();
  private readonly running = new Map<string, RunningJob>();
  private readonly runs = new Set<Promise<void>>();
  private readonly queues = new Set<string>();
  private reaper: NodeJS.Timeout | null = null;
  /** secureRuns one at a time: two at once would take a lock twice (advisory locks count). */
  private securing: Promise<void> = Promise.resolve();
  private started: Promise<void> | null = null;
  private closed = false;
  private readonly pollIntervalMs: number;
  private readonly reapIntervalMs: number;
  private readonly reapGraceMs: number;
  private readonly crashRetryLimit: number;

  constructor(private readonly options: PgBossQueueOptions) {
    this.schema = options.schema ?? 'pgboss';
    if (!schemaPattern.test(this.schema)) throw new TypeError(`Invalid pg-boss schema name ${JSON.stringify(this.schema)}`);
    this.pollIntervalMs = options.pollIntervalMs ?? 2_000;
    this.reapIntervalMs = options.reapIntervalMs ?? 5_000;
    this.reapGraceMs = options.reapGraceMs ?? 5_000;
    this.crashRetryLimit = options.crashRetryLimit ?? 3;
    const application_name = options.applicationName ?? 'ova-queue';
    this.boss = new PgBoss({ connectionString: options.connectionString, schema: this.schema, max: 4, schedule: false, application_name });
    this.boss.on('error', (error) => this.report(error, undefined));
    this.pool = new pg.Pool({ connectionString: options.connectionString, max: 4, application_name });
    this.pool.on('error', (error) => this.report(error, undefined));
    this.pool.on('connect', (client) => client.on('error', () => undefined));
    this.keys = new SingletonKeyTable(this.schema);
    this.listen = new QueueListener({
      connectionString: options.connectionString,
      applicationName: `${application_name}-listen`,
      channels: [this.wakeChannel, this.cancelChannel],
      onNotification: (channel, payload) => {
        if (channel === this.cancelChannel) this.abortLocal(payload);
        if (channel === this.wakeChannel) this.workers.get(payload)?.wake();
      },
      onLost: (client) => this.listenerLost(client),
      onReconnected: () => this.listenerBack(),
      report: (error) => this.report(error, undefined),
      isClosed: () => this.closed,
    });
    this.settler = new JobSettler({
      boss: this.boss,
      pool: this.pool,
      schema: this.schema,
      keys: this.keys,
      wakeChannel: this.wakeChannel,
      send: async (name, envelope, db) => {
        await this.ensureQueue(name);
        return this.send(name, envelope, db);
      },
      wake: (name) => this.workers.get(name)?.wake(),
      report: (error, job) => this.report(error, job),
      isClosed: () => this.closed,
    });
  }

  /** Installs pg-boss's schema and ours, and starts listening. Called by the first enqueue/work; idempotent. */
  start(): Promise<void> {
    // A start that failed (database down) is tried again by the next caller.
    this.started ??= this.doStart().catch((error: unknown) => {
      this.started = null;
      throw error;
    });
    return this.started;
  }

  async enqueue(name: string, data: unknown, options: EnqueueOptions = {}): Promise<string> {
    try {
      return await this.doEnqueue(name, data, options);
    } catch (error) {
      // Like the store's: "try later", so a job calling this is run again rather than recorded as failed.
      throw isConnectionError(error) ? new DatabaseUnavailableError(error) : error;
    }
  }

  private async doEnqueue(name: string, data: unknown, options: EnqueueOptions): Promise<string> {
    if (this.closed) throw new Error('The queue is closed');
    await this.start();
    await this.ensureQueue(name);
    const key = options.singletonKey ?? null;
    const envelope: Envelope = { v: data === undefined ? null : data, k: key };
    if (key === null) {
      const id = await this.send(name, envelope, this.boss.getDb() as SqlRunner);
      await this.pool.query('SELECT pg_notify($1, $2)', [this.wakeChannel, name]);
      return id;
    }
    return inTransaction(this.pool, async (db) => {
      const { id, sent } = await this.keys.enqueue(db, key, name, envelope, {
        state: (jobName, jobId) => this.jobState(db, jobName, jobId),
        send: (jobName, jobEnvelope) => this.send(jobName, jobEnvelope, db),
      });
      // Delivered at commit, so a woken worker finds the job.
      if (sent) await db.executeSql('SELECT pg_notify($1, $2)', [this.wakeChannel, name]);
      return id;
    });
  }

  async work(name: string, concurrency: number, handler: JobHandler): Promise<void> {
    if (this.closed) throw new Error('The queue is closed');
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`Concurrency must be a positive integer, got ${concurrency}`);
    if (this.workers.has(name)) throw new Error(`Jobs named "${name}" already have a worker`);
    await this.start();
    await this.ensureQueue(name);
    const worker: Worker = { name, concurrency, handler, running: 0, wake: () => undefined, loop: Promise.resolve() };
    this.workers.set(name, worker);
    worker.loop = runFetchLoop(worker, {
      fetch: (batchSize) => this.boss.fetch<Envelope>(name, { batchSize, includeMetadata: true }),
      start: (job) => this.startJob(worker, job),
      giveBack: (job) => this.boss.fail(name, job.id, { message: 'worker closing' }),
      isClosed: () => this.closed,
      pollIntervalMs: this.pollIntervalMs,
      report: (error) => this.report(error, undefined),
    });
    if (this.reaper === null) {
      this.reaper = setInterval(() => void this.reap().catch((error: unknown) => this.report(error, undefined)), this.reapIntervalMs);
      this.reaper.unref();
    }
  }

  async cancel(singletonKey: string): Promise<void> {
    this.abortLocal(singletonKey);
    if (this.closed) return;
    try {
      await this.start();
      await this.pool.query('SELECT pg_notify($1, $2)', [this.cancelChannel, singletonKey]);
    } catch (error) {
      throw isConnectionError(error) ? new DatabaseUnavailableError(error) : error;
    }
  }

  async close(options: { abort?: boolean } = {}): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.reaper !== null) clearInterval(this.reaper);
    this.reaper = null;
    for (const worker of this.workers.values()) worker.wake();
    if (options.abort === true) {
      for (const run of this.running.values()) {
        run.closing = true;
        run.controller.abort(new CancelledError('The queue is closing'));
      }
    }
    await Promise.all([...this.workers.values()].map((worker) => worker.loop));
    while (this.runs.size > 0) await Promise.all([...this.runs]);
    if (this.started !== null) await this.started.catch(() => undefined);
    await this.listen.close();
    await this.boss.stop({ graceful: false, wait: true, close: true }).catch(() => undefined);
    await this.pool.end().catch(() => undefined);
  }

  // ── internals ────────────────────────────────────────────────────────────────────────────────

  private get wakeChannel(): string {
    return `${this.schema}_wake`;
  }

  private get cancelChannel(): string {
    return `${this.schema}_cancel`;
  }

  private async doStart(): Promise<void> {
    await this.setupLocked(async () => {
      await this.boss.start();
      await this.keys.create(this.pool);
    });
    await this.listen.connect();
  }

  /**
   * Schema changes (pg-boss's install, our table, a queue's partition) one process at a time: several workers
   * starting together otherwise deadlock on pg-boss's CREATE TABLE / ATTACH PARTITION.
   */
  private async setupLocked(body: () => Promise<void>): Promise<void> {
    await withPoolClient(this.pool, async (client) => {
      await client.query('SELECT pg_advisory_lock(hashtext($1))', [`ova-queue-setup:${this.schema}`]);
      try {
        await body();
      } finally {
        await client.query('SELECT pg_advisory_unlock(hashtext($1))', [`ova-queue-setup:${this.schema}`]);
      }
    });
  }

  /** The listener died: the locks of our running jobs are gone; they are taken again on reconnecting. */
  private listenerLost(client: pg.Client): void {
    for (const run of this.running.values()) {
      if (run.lockedOn === client) {
        run.lockedOn = null;
        run.verified = false;
      }
    }
  }

  private async listenerBack(): Promise<void> {
    // If this fails, the reaper's next round tries again.
    await this.secureRuns().catch((error: unknown) => this.report(error, undefined));
    for (const worker of this.workers.values()) worker.wake();
  }

  /**
   * Takes the lock of each running job that lacks one (just fetched, or our listener reconnected) and checks
   * the job is still ours: `active` with the started_on we fetched it with. While our lock was free another
   * process's reaper may have failed it and another worker started it again; then it is not ours any more, so our
   * run is aborted and the job left to its new worker (neither completed nor failed here). A lock someone else
   * holds on a job that is still ours is stale (a lapsed worker re-taking it, about to let go): try next round.
   */
  private secureRuns(): Promise<void> {
    const next = this.securing.then(() => this.doSecureRuns());
    this.securing = next.catch(() => undefined);
    return next;
  }

  private async doSecureRuns(): Promise<void> {
    const listener = this.listen.client;
    if (listener === null) return;
    const pending = [...this.running.values()].filter((run) => !run.lost && !(run.lockedOn === listener && run.verified));
    for (const run of pending) {
      if (run.lockedOn !== listener && (await tryLockJob(listener, run.job.id))) run.lockedOn = listener;
      const job = await this.boss.getJobById(run.job.name, run.job.id, { includeArchive: false });
      const ours = job?.state === 'active' && job.startedOn !== null && new Date(job.startedOn).getTime() === run.startedOn;
      if (ours) {
        if (run.lockedOn === listener) run.verified = true;
        continue;
      }
      // Finished by us already (a complete whose answer was lost) or taken over: either way, nothing left to do here.
      run.lost = true;
      run.controller.abort(new CancelledError('Another worker took this job over while our connection was down'));
      if (run.lockedOn === listener) {
        run.lockedOn = null;
        await unlockJob(listener, run.job.id);
      }
    }
  }

  private async ensureQueue(name: string): Promise<void> {
    if (this.queues.has(name)) return;
    const options = {
      name,
      retryLimit: this.crashRetryLimit,
      retryDelay: 0,
      // pg-boss's own expiry is a last resort (its maximum); dead workers are found by the reaper, slow runs by
      // the session watchdog.
      expireInSeconds: 23 * 3600,
    };
    await this.setupLocked(async () => {
      if ((await this.boss.getQueue(name)) === null) await this.boss.createQueue(name, options);
    });
    this.queues.add(name);
  }

  private async send(name: string, envelope: Envelope, db: SqlRunner): Promise<string> {
    const id = await this.boss.send(name, envelope as unknown as object, { db });
    if (id === null) throw new Error(`pg-boss did not accept a job for queue "${name}"`);
    return id;
  }

  private async jobState(db: SqlRunner, name: string, id: string): Promise<string | null> {
    const job = await this.boss.getJobById(name, id, { db, includeArchive: false });
    return job?.state ?? null;
  }

  private async startJob(worker: Worker, raw: PgBoss.JobWithMetadata<Envelope>): Promise<void> {
    const envelope = (raw.data ?? { v: null, k: null }) as Envelope;
    const job: Job = { id: raw.id, name: raw.name, data: envelope.v };
    const run: RunningJob = {
      job,
      key: envelope.k ?? null,
      controller: new AbortController(),
      closing: false,
      startedOn: new Date(raw.startedOn).getTime(),
      lost: false,
      lockedOn: null,
      verified: false,
    };
    this.running.set(job.id, run);
    worker.running++;
    // Not taken (connection down)? The reconnection or the reaper's next round takes it.
    await this.secureRuns().catch((error: unknown) => this.report(error, job));
    const done = (async () => {
      let outcome: 'complete' | 'fail' = 'complete';
      let reason = 'worker closing';
      try {
        // Aborted while its lock was being taken (closing, cancelled, lost): a handler would wait for an abort
        // event that has already fired.
        if (!run.controller.signal.aborted) await worker.handler(job, run.controller.signal);
      } catch (error) {
        if (isDatabaseUnavailable(error) && !run.controller.signal.aborted) {
          // Not the job's fault: PostgreSQL was unreachable. pg-boss retries it (the handlers are idempotent).
          outcome = 'fail';
          reason = 'The database was unavailable';
          this.report(error, job);
        } else if (!isCancelled(error, run.controller.signal)) this.report(error, job);
      }
      if (run.closing) outcome = 'fail';
      await this.settler.settle(run, outcome, reason);
      const listener = this.listen.client;
      if (run.lockedOn !== null && run.lockedOn === listener) {
        run.lockedOn = null;
        await unlockJob(listener, job.id).catch(() => undefined);
      }
    })().finally(() => {
      worker.running--;
      this.running.delete(job.id);
      this.runs.delete(done);
      worker.wake();
    });
    this.runs.add(done);
  }

  /** Finds active jobs of our names whose worker's lock is free (the worker died) and fails them into retry. */
  private async reap(): Promise<void> {
    const listener = this.listen.client;
    if (this.closed || listener === null || this.workers.size === 0) return;
    // Our own runs whose lock could not be taken yet (connection trouble), before judging other processes'.
    await this.secureRuns();
    const pool: SqlRunner = { executeSql: (text, values) => this.pool.query(text, values) };
    for (const row of await activeJobsOlderThan(pool, this.schema, [...this.workers.keys()], this.reapGraceMs)) {
      if (this.running.has(row.id)) continue;
      // A lock we can take belongs to nobody: the worker that held it is gone.
      if (!(await tryLockJob(listener, row.id))) continue;
      await unlockJob(listener, row.id);
      // pg-boss puts it in `retry` (or `failed` once its retries are spent); `fail` only touches unfinished jobs.
      await this.boss.fail(row.name, row.id, { message: 'The worker running this job died.' });
      this.workers.get(row.name)?.wake();
    }
  }

  private abortLocal(key: string): void {
    for (const run of this.running.values()) {
      if (run.key === key) run.controller.abort(new CancelledError());
    }
  }

  private report(error: unknown, job: Job | undefined): void {
    try {
      this.options.onError?.(error, job);
    } catch {
      // A failing error callback must not take the process down.
    }
  }
}
