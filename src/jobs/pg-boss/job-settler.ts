import type PgBoss from 'pg-boss';
import type pg from 'pg';
import { isConnectionError } from '../../store/index.js';
import type { Job } from '../queue.js';
import type { Envelope, RunningJob } from './pg-boss-queue-types.js';
import { lockJobRow, type SqlRunner } from './pg-boss-tables.js';
import { inTransaction } from './pool-client.js';
import type { SingletonKeyTable } from './singleton-key-table.js';

export interface JobSettlerDeps {
  boss: PgBoss;
  pool: pg.Pool;
  schema: string;
  keys: SingletonKeyTable;
  wakeChannel: string;
  /** Sends a job in the given transaction (creating its queue first if need be). */
  send(name: string, envelope: Envelope, db: SqlRunner): Promise<string>;
  /** Wakes this process's worker of that name, if any. */
  wake(name: string): void;
  report(error: unknown, job: Job): void;
  isClosed(): boolean;
}

/** Ends a finished run's pg-boss job: completed (handing its singleton key on to a follow-up) or failed into retry. */
export class JobSettler {
  constructor(private readonly deps: JobSettlerDeps) {}

  /**
   * Completes or fails a finished run's job. While PostgreSQL is unreachable this is tried again (the run stays
   * ours meanwhile: its lock is re-taken on reconnecting), so a result is never dropped. Each attempt first checks
   * the job is still ours, so a retry after an attempt whose answer was lost changes nothing.
   */
  async settle(run: RunningJob, outcome: 'complete' | 'fail', reason: string): Promise<void> {
    for (let delay = 250; ; delay = Math.min(delay * 2, 5_000)) {
      // Lost: another worker runs it now and will finish it (or our earlier attempt did).
      if (run.lost) return;
      try {
        if (outcome === 'complete') await this.finish(run);
        else await this.failJob(run, reason);
        return;
      } catch (error) {
        this.deps.report(error, run.job);
        // Closing: give up; the job stays active with its lock gone, so a reaper hands it on.
        if (!isConnectionError(error) || this.deps.isClosed()) return;
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  /** Locks the job's row and says whether it is still the run we started (active, our started_on). */
  private async stillOurs(db: SqlRunner, run: RunningJob): Promise<boolean> {
    const row = await lockJobRow(db, this.deps.schema, run.job.name, run.job.id);
    if (row?.state === 'active' && row.startedOn === run.startedOn) return true;
    run.lost = true;
    return false;
  }

  /** Hands the job back to pg-boss, which queues it for retry (or fails it once its retries are spent). */
  private async failJob(run: RunningJob, reason: string): Promise<void> {
    await inTransaction(this.deps.pool, async (db) => {
      if (await this.stillOurs(db, run)) await this.deps.boss.fail(run.job.name, run.job.id, { message: reason }, { db });
    });
    this.deps.wake(run.job.name);
  }

  /** Completes a job and hands its key on to the follow-up, if one was asked for while it ran. */
  private async finish(run: RunningJob): Promise<void> {
    const key = run.key;
    const followUpName = await inTransaction(this.deps.pool, async (db) => {
      // The key's row first, then the job's (enqueue takes the key's row too, never the job's).
      const holder = key === null ? undefined : await this.deps.keys.lockHolder(db, key, run.job.id);
      if (!(await this.stillOurs(db, run))) return null;
      // pg-boss's complete(name, id, data, options): the data comes third, so the connection goes fourth.
      await this.deps.boss.complete(run.job.name, run.job.id, {}, { db });
      if (key === null) return null;
      if (holder === undefined) return null;
      if (holder.follow_up === null) {
        await this.deps.keys.release(db, key);
        return null;
      }
      const { name, data } = holder.follow_up;
      const id = await this.deps.send(name, { v: data, k: key }, db);
      await this.deps.keys.assign(db, key, name, id);
      await db.executeSql('SELECT pg_notify($1, $2)', [this.deps.wakeChannel, name]);
      return name;
    });
    if (followUpName !== null) this.deps.wake(followUpName);
  }
}
