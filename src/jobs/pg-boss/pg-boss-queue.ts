import PgBoss from 'pg-boss';
import pg from 'pg';
import { CancelledError, isCancelled } from '../../errors/index.js';
import { connectWithRetry, DatabaseUnavailableError, isConnectionError, isDatabaseUnavailable } from '../../store/index.js';
import type { EnqueueOptions, Job, JobHandler, Queue } from '../queue.js';

export interface PgBossQueueOptions {
  connectionString: string;
  /** pg-boss's schema (its tables, plus our singleton-key table); one per deployment. Default `pgboss`. */
  schema?: string;
  /** Called with what a handler threw (not for cancellations), and with background failures (job undefined). */
  onError?: (error: unknown, job: Job | undefined) => void;
  /** Fallback poll when no NOTIFY arrives (a lost connection, another deployment's sender). Default 2000 ms. */
  pollIntervalMs?: number;
  /** How often this process looks for jobs whose worker died. Default 5000 ms. */
  reapIntervalMs?: number;
  /** A job must have been active this long before a reaper may declare its worker dead. Default 5000 ms. */
  reapGraceMs?: number;
  /** How many times a job whose worker died is run again. Default 3. */
  crashRetryLimit?: number;
  /** application_name of our connections (pg_stat_activity). Default `ova-queue`. */
  applicationName?: string;
}

interface Worker {
  name: string;
  concurrency: number;
  handler: JobHandler;
  running: number;
  wake: () => void;
  loop: Promise<void>;
}

interface RunningJob {
  job: Job;
  key: string | null;
  controller: AbortController;
  /** Aborted because this process is closing: the job goes back to the queue instead of being completed. */
  closing: boolean;
  /** When pg-boss marked it active for us; a different value later means another worker has taken it over. */
  startedOn: number;
  /** Taken over by another worker (our lock lapsed while disconnected): neither complete nor fail it. */
  lost: boolean;
  /** The listener connection holding this job's advisory lock; null until taken (again, after a reconnect). */
  lockedOn: pg.Client | null;
  /** The job was seen still ours (active, our started_on) after the lock was taken, so nobody can reap it now. */
  verified: boolean;
}

/** What pg-boss stores as a job's data: our payload wrapped, since pg-boss wants an object and we allow any JSON. */
interface Envelope {
  v: unknown;
  /** The singleton key, so the worker that finishes the job can release it. */
  k: string | null;
}

type Executor = { executeSql(text: string, values: unknown[]): Promise<{ rows: any[] }> };

const schemaPattern = /^[a-z_][a-z0-9_]{0,40}$/;

/**
 * The Queue on PostgreSQL with pg-boss 10, for any number of processes sharing one database.
 *
 * pg-boss stores and hands out the jobs (`fetch` with SKIP LOCKED, `complete`, `fail` with retries). Singleton
 * keys and follow-ups are ours, because they must match the in-process queue exactly and pg-boss's policies do
 * not ("stately" keeps the first queued payload, not the latest, and cannot say which job holds a key): a
 * table `<schema>.ova_queue_keys(key, name, job_id, follow_up)` holds, per key, the one job that is queued or
 * running. `enqueue` locks that row (SELECT … FOR UPDATE) and looks at its job's state: queued → return its id;
 * active → store `{name, data}` as the follow-up (the latest wins) and return its id; gone or finished → send a
 * new job in the same transaction. The process that finishes a job, in one transaction, completes it and either
 * sends the follow-up (taking over the row) or deletes the row. So there is never more than one job per key in
 * pg-boss, and two runs of one key never overlap, whichever processes run them.
 *
 * Cancellation across processes: `cancel(key)` runs `pg_notify('<schema>_cancel', key)`; every queue LISTENs on
 * that channel with a dedicated connection and aborts the signal of its running job with that key.
 * `enqueue` also notifies `<schema>_wake` so idle workers fetch at once instead of waiting for the next poll.
 *
 * Dead workers: while a job runs, its process holds a session-level advisory lock on the job id on the same
 * dedicated connection. A `kill -9` closes that connection and PostgreSQL releases the lock. Every working queue
 * periodically tries the lock of each active job of its names; a lock it can take belongs to a dead worker, so
 * it fails the job with pg-boss, which queues it for retry (up to `crashRetryLimit`) and another worker runs it.
 * Handlers must therefore be idempotent: a job can run again after a crash part-way.
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
  private listener: pg.Client | null = null;
  private readonly workers = new Map<string, Worker>();
  private readonly running = new Map<string, RunningJob>();
  private readonly runs = new Set<Promise<void>>();
  private readonly queues = new Set<string>();
  private reaper: NodeJS.Timeout | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
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
      const id = await this.send(name, envelope, this.boss.getDb() as Executor);
      await this.pool.query('SELECT pg_notify($1, $2)', [this.wakeChannel, name]);
      return id;
    }
    return this.transaction(async (db) => {
      await db.executeSql(`INSERT INTO ${this.keysTable} (key, name, job_id) VALUES ($1, $2, NULL) ON CONFLICT (key) DO NOTHING`, [key, name]);
      const { rows } = await db.executeSql(`SELECT name, job_id FROM ${this.keysTable} WHERE key = $1 FOR UPDATE`, [key]);
      const holder = rows[0] as { name: string; job_id: string | null };
      if (holder.job_id !== null) {
        const state = await this.jobState(db, holder.name, holder.job_id);
        if (state === 'created' || state === 'retry') return holder.job_id;
        if (state === 'active') {
          await db.executeSql(`UPDATE ${this.keysTable} SET follow_up = $2 WHERE key = $1`, [key, JSON.stringify({ name, data: envelope.v })]);
          return holder.job_id;
        }
      }
      const id = await this.send(name, envelope, db);
      await db.executeSql(`UPDATE ${this.keysTable} SET name = $2, job_id = $3, follow_up = NULL WHERE key = $1`, [key, name, id]);
      // Delivered at commit, so a woken worker finds the job.
      await db.executeSql('SELECT pg_notify($1, $2)', [this.wakeChannel, name]);
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
    worker.loop = this.fetchLoop(worker);
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
    if (this.reconnectTimer !== null) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
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
    await this.listener?.end().catch(() => undefined);
    this.listener = null;
    await this.boss.stop({ graceful: false, wait: true, close: true }).catch(() => undefined);
    await this.pool.end().catch(() => undefined);
  }

  // ── internals ────────────────────────────────────────────────────────────────────────────────

  private get keysTable(): string {
    return `${this.schema}.ova_queue_keys`;
  }

  private get wakeChannel(): string {
    return `${this.schema}_wake`;
  }

  private get cancelChannel(): string {
    return `${this.schema}_cancel`;
  }

  private async doStart(): Promise<void> {
    await this.setupLocked(async () => {
      await this.boss.start();
      await this.pool.query(
        `CREATE TABLE IF NOT EXISTS ${this.keysTable} (key text PRIMARY KEY, name text NOT NULL, job_id uuid, follow_up jsonb)`,
      );
    });
    await this.connectListener();
  }

  /**
   * Schema changes (pg-boss's install, our table, a queue's partition) one process at a time: several workers
   * starting together otherwise deadlock on pg-boss's CREATE TABLE / ATTACH PARTITION.
   */
  private async setupLocked(body: () => Promise<void>): Promise<void> {
    await this.withClient(async (client) => {
      await client.query('SELECT pg_advisory_lock(hashtext($1))', [`ova-queue-setup:${this.schema}`]);
      try {
        await body();
      } finally {
        await client.query('SELECT pg_advisory_unlock(hashtext($1))', [`ova-queue-setup:${this.schema}`]);
      }
    });
  }

  /** The dedicated connection: LISTEN for wake-ups and cancels, and hold the advisory locks of running jobs. */
  private async connectListener(): Promise<void> {
    const client = new pg.Client({ connectionString: this.options.connectionString, application_name: `${this.options.applicationName ?? 'ova-queue'}-listen` });
    // node-postgres reports one cut twice (the server's FATAL, then the socket's end); only the first loss of
    // the current listener counts, so there is one reconnection and one connection holding our locks.
    client.on('error', (error) => {
      if (this.listener !== client) return;
      this.report(error, undefined);
      this.listenerLost(client);
    });
    client.on('notification', (message) => {
      if (message.channel === this.cancelChannel && message.payload !== undefined) this.abortLocal(message.payload);
      if (message.channel === this.wakeChannel && message.payload !== undefined) this.workers.get(message.payload)?.wake();
    });
    try {
      await client.connect();
      await client.query(`LISTEN "${this.wakeChannel}"`);
      await client.query(`LISTEN "${this.cancelChannel}"`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
  }

  /** The listener died: its locks are gone; reconnect (once) and take them again. */
  private listenerLost(client: pg.Client): void {
    this.listener = null;
    for (const run of this.running.values()) {
      if (run.lockedOn === client) {
        run.lockedOn = null;
        run.verified = false;
      }
    }
    void client.end().catch(() => undefined);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closed || this.reconnectTimer !== null) return;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      void this.reconnectListener();
    }, 1_000);
    this.reconnectTimer.unref();
  }

  private async reconnectListener(): Promise<void> {
    if (this.closed || this.listener !== null) return;
    try {
      await this.connectListener();
    } catch (error) {
      this.report(error, undefined);
      this.scheduleReconnect();
      return;
    }
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
    const listener = this.listener;
    if (listener === null) return;
    const pending = [...this.running.values()].filter((run) => !run.lost && !(run.lockedOn === listener && run.verified));
    if (pending.length === 0) return;
    for (const run of pending) {
      if (run.lockedOn === listener) continue;
      const { rows } = await listener.query<{ ok: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS ok', [`ova-job:${run.job.id}`]);
      if (rows[0]?.ok === true) run.lockedOn = listener;
    }
    const { rows } = await listener.query<{ id: string; state: string; started_on: Date | null }>(
      `SELECT id, state, started_on FROM ${this.schema}.job WHERE id = ANY($1::uuid[])`,
      [pending.map((run) => run.job.id)],
    );
    const current = new Map(rows.map((row) => [row.id, row]));
    for (const run of pending) {
      const row = current.get(run.job.id);
      const ours = row?.state === 'active' && row.started_on !== null && row.started_on.getTime() === run.startedOn;
      if (ours) {
        if (run.lockedOn === listener) run.verified = true;
        continue;
      }
      // Finished by us already (a complete whose answer was lost) or taken over: either way, nothing left to do here.
      run.lost = true;
      run.controller.abort(new CancelledError('Another worker took this job over while our connection was down'));
      if (run.lockedOn === listener) {
        run.lockedOn = null;
        await listener.query('SELECT pg_advisory_unlock(hashtext($1))', [`ova-job:${run.job.id}`]);
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

  private async send(name: string, envelope: Envelope, db: Executor): Promise<string> {
    const id = await this.boss.send(name, envelope as unknown as object, { db });
    if (id === null) throw new Error(`pg-boss did not accept a job for queue "${name}"`);
    return id;
  }

  private async jobState(db: Executor, name: string, id: string): Promise<string | null> {
    const { rows } = await db.executeSql(`SELECT state FROM ${this.schema}.job WHERE name = $1 AND id = $2`, [name, id]);
    return (rows[0] as { state: string } | undefined)?.state ?? null;
  }

  private async transaction<T>(body: (db: Executor) => Promise<T>): Promise<T> {
    return this.withClient(async (client) => {
      const db: Executor = { executeSql: (text, values) => client.query(text, values) };
      try {
        await client.query('BEGIN');
        const result = await body(db);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
  }

  /**
   * A pooled connection for several statements. While checked out it has no pool error listener, so a cut
   * connection (PostgreSQL restarting) would be an uncaught 'error' event; we listen, and a connection that
   * failed is destroyed on release instead of going back to the pool.
   */
  private async withClient<T>(body: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await connectWithRetry(() => this.pool.connect());
    let broken: Error | undefined;
    const onError = (error: Error) => {
      broken = error;
    };
    client.on('error', onError);
    try {
      return await body(client);
    } catch (error) {
      broken ??= error instanceof Error ? error : new Error(String(error));
      throw error;
    } finally {
      client.off('error', onError);
      client.release(broken);
    }
  }

  private async fetchLoop(worker: Worker): Promise<void> {
    while (!this.closed) {
      let woken = false;
      const wakeUp = new Promise<void>((resolve) => {
        worker.wake = () => {
          woken = true;
          resolve();
        };
      });
      const free = worker.concurrency - worker.running;
      let fetched = 0;
      if (free > 0) {
        try {
          const jobs = await this.boss.fetch<Envelope>(worker.name, { batchSize: free, includeMetadata: true });
          fetched = jobs.length;
          for (const job of jobs) {
            if (this.closed) {
              // Fetched while closing: give it back at once for another process.
              await this.boss.fail(worker.name, job.id, { message: 'worker closing' }).catch((error: unknown) => this.report(error, undefined));
            } else {
              await this.startJob(worker, job);
            }
          }
        } catch (error) {
          this.report(error, undefined);
        }
      }
      if (this.closed) break;
      if (fetched > 0 && fetched === free) continue;
      if (!woken) {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([wakeUp, new Promise<void>((resolve) => (timer = setTimeout(resolve, this.pollIntervalMs)))]);
        clearTimeout(timer);
      }
    }
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
      await this.settle(run, outcome, reason);
      const listener = this.listener;
      if (run.lockedOn !== null && run.lockedOn === listener) {
        run.lockedOn = null;
        await listener.query('SELECT pg_advisory_unlock(hashtext($1))', [`ova-job:${job.id}`]).catch(() => undefined);
      }
    })().finally(() => {
      worker.running--;
      this.running.delete(job.id);
      this.runs.delete(done);
      worker.wake();
    });
    this.runs.add(done);
  }

  /**
   * Completes or fails a finished run's job. While PostgreSQL is unreachable this is tried again (the run stays
   * ours meanwhile: its lock is re-taken on reconnecting), so a result is never dropped. Each attempt first checks
   * the job is still ours, so a retry after an attempt whose answer was lost changes nothing.
   */
  private async settle(run: RunningJob, outcome: 'complete' | 'fail', reason: string): Promise<void> {
    for (let delay = 250; ; delay = Math.min(delay * 2, 5_000)) {
      // Lost: another worker runs it now and will finish it (or our earlier attempt did).
      if (run.lost) return;
      try {
        if (outcome === 'complete') await this.finish(run);
        else await this.failJob(run, reason);
        return;
      } catch (error) {
        this.report(error, run.job);
        // Closing: give up; the job stays active with its lock gone, so a reaper hands it on.
        if (!isConnectionError(error) || this.closed) return;
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  /** Locks the job's row and says whether it is still the run we started (active, our started_on). */
  private async stillOurs(db: Executor, run: RunningJob): Promise<boolean> {
    const { rows } = await db.executeSql(`SELECT state, started_on FROM ${this.schema}.job WHERE name = $1 AND id = $2 FOR UPDATE`, [run.job.name, run.job.id]);
    const row = rows[0] as { state: string; started_on: Date | null } | undefined;
    if (row?.state === 'active' && row.started_on !== null && row.started_on.getTime() === run.startedOn) return true;
    run.lost = true;
    return false;
  }

  /** Hands the job back to pg-boss, which queues it for retry (or fails it once its retries are spent). */
  private async failJob(run: RunningJob, reason: string): Promise<void> {
    await this.transaction(async (db) => {
      if (await this.stillOurs(db, run)) await this.boss.fail(run.job.name, run.job.id, { message: reason }, { db });
    });
    this.workers.get(run.job.name)?.wake();
  }

  /** Completes a job and hands its key on to the follow-up, if one was asked for while it ran. */
  private async finish(run: RunningJob): Promise<void> {
    const key = run.key;
    const followUpName = await this.transaction(async (db) => {
      // The key's row first, then the job's (enqueue takes the key's row too, never the job's).
      const { rows } = key === null ? { rows: [] } : await db.executeSql(`SELECT follow_up FROM ${this.keysTable} WHERE key = $1 AND job_id = $2 FOR UPDATE`, [key, run.job.id]);
      if (!(await this.stillOurs(db, run))) return null;
      // pg-boss's complete(name, id, data, options): the data comes third, so the connection goes fourth.
      await this.boss.complete(run.job.name, run.job.id, {}, { db });
      if (key === null) return null;
      const holder = rows[0] as { follow_up: { name: string; data: unknown } | null } | undefined;
      if (holder === undefined) return null;
      if (holder.follow_up === null) {
        await db.executeSql(`DELETE FROM ${this.keysTable} WHERE key = $1`, [key]);
        return null;
      }
      const { name, data } = holder.follow_up;
      await this.ensureQueue(name);
      const id = await this.send(name, { v: data, k: key }, db);
      await db.executeSql(`UPDATE ${this.keysTable} SET name = $2, job_id = $3, follow_up = NULL WHERE key = $1`, [key, name, id]);
      await db.executeSql('SELECT pg_notify($1, $2)', [this.wakeChannel, name]);
      return name;
    });
    if (followUpName !== null) this.workers.get(followUpName)?.wake();
  }

  /** Finds active jobs of our names whose worker's lock is free (the worker died) and fails them into retry. */
  private async reap(): Promise<void> {
    const listener = this.listener;
    if (this.closed || listener === null || this.workers.size === 0) return;
    // Our own runs whose lock could not be taken yet (connection trouble), before judging other processes'.
    await this.secureRuns();
    const { rows } = await this.pool.query<{ id: string; name: string }>(
      `SELECT id, name FROM ${this.schema}.job WHERE name = ANY($1) AND state = 'active' AND started_on < now() - make_interval(secs => $2)`,
      [[...this.workers.keys()], this.reapGraceMs / 1000],
    );
    for (const row of rows) {
      if (this.running.has(row.id)) continue;
      const { rows: locked } = await listener.query<{ free: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS free', [`ova-job:${row.id}`]);
      if (locked[0]?.free !== true) continue;
      await listener.query('SELECT pg_advisory_unlock(hashtext($1))', [`ova-job:${row.id}`]);
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
