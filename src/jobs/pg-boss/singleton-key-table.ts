import type pg from 'pg';
import type { Envelope } from './pg-boss-queue-types.js';
import type { SqlRunner } from './pg-boss-tables.js';

export interface FollowUp {
  name: string;
  data: unknown;
}

/**
 * Singleton keys and follow-ups are ours, because they must match the in-process queue exactly and pg-boss's
 * policies do not ("stately" keeps the first queued payload, not the latest, and cannot say which job holds a
 * key): the table `<schema>.ova_queue_keys(key, name, job_id, follow_up)` holds, per key, the one job that is
 * queued or running. `enqueue` locks that row (SELECT … FOR UPDATE) and looks at its job's state: queued → return
 * its id; active → store `{name, data}` as the follow-up (the latest wins) and return its id; gone or finished →
 * send a new job in the same transaction. The process that finishes a job, in one transaction, completes it and
 * either sends the follow-up (taking over the row) or deletes the row. So there is never more than one job per
 * key in pg-boss, and two runs of one key never overlap, whichever processes run them.
 */
export class SingletonKeyTable {
  readonly table: string;

  constructor(schema: string) {
    this.table = `${schema}.ova_queue_keys`;
  }

  async create(pool: pg.Pool): Promise<void> {
    await pool.query(`CREATE TABLE IF NOT EXISTS ${this.table} (key text PRIMARY KEY, name text NOT NULL, job_id uuid, follow_up jsonb)`);
  }

  /** In the caller's transaction: the id of the key's job, and whether a new job was sent for it. */
  async enqueue(
    db: SqlRunner,
    key: string,
    name: string,
    envelope: Envelope,
    jobs: { state(name: string, id: string): Promise<string | null>; send(name: string, envelope: Envelope): Promise<string> },
  ): Promise<{ id: string; sent: boolean }> {
    await db.executeSql(`INSERT INTO ${this.table} (key, name, job_id) VALUES ($1, $2, NULL) ON CONFLICT (key) DO NOTHING`, [key, name]);
    const { rows } = await db.executeSql(`SELECT name, job_id FROM ${this.table} WHERE key = $1 FOR UPDATE`, [key]);
    const holder = rows[0] as { name: string; job_id: string | null };
    if (holder.job_id !== null) {
      const state = await jobs.state(holder.name, holder.job_id);
      if (state === 'created' || state === 'retry') return { id: holder.job_id, sent: false };
      if (state === 'active') {
        await db.executeSql(`UPDATE ${this.table} SET follow_up = $2 WHERE key = $1`, [key, JSON.stringify({ name, data: envelope.v })]);
        return { id: holder.job_id, sent: false };
      }
    }
    const id = await jobs.send(name, envelope);
    await this.assign(db, key, name, id);
    return { id, sent: true };
  }

  /** Locks the key's row if `jobId` still holds it; undefined when it does not. */
  async lockHolder(db: SqlRunner, key: string, jobId: string): Promise<{ follow_up: FollowUp | null } | undefined> {
    const { rows } = await db.executeSql(`SELECT follow_up FROM ${this.table} WHERE key = $1 AND job_id = $2 FOR UPDATE`, [key, jobId]);
    return rows[0] as { follow_up: FollowUp | null } | undefined;
  }

  /** The key now belongs to job `id`, with no follow-up. */
  async assign(db: SqlRunner, key: string, name: string, id: string): Promise<void> {
    await db.executeSql(`UPDATE ${this.table} SET name = $2, job_id = $3, follow_up = NULL WHERE key = $1`, [key, name, id]);
  }

  async release(db: SqlRunner, key: string): Promise<void> {
    await db.executeSql(`DELETE FROM ${this.table} WHERE key = $1`, [key]);
  }
}
