/**
 * The only place that reads pg-boss's own tables, for what its public API cannot do: lock a job's row inside our
 * transaction, and list the active jobs of some queues. Written against pg-boss 10's schema:
 * `<schema>.job(id uuid, name text, state, started_on timestamptz)`, state 'active' while a worker holds it.
 * test/jobs/pg-boss-tables.test.ts fails if the installed pg-boss is another major or its table changed.
 */

/** The pg-boss major these queries were written for. */
export const PG_BOSS_MAJOR = 10;

/** Runs one statement: a pg Pool/Client, or pg-boss's `{ executeSql }` handle of our transaction. */
export type SqlRunner = { executeSql(text: string, values: unknown[]): Promise<{ rows: any[] }> };

export interface JobRowState {
  state: string;
  /** When the current run started (ms), null when no worker has it. */
  startedOn: number | null;
}

/** Locks the job's row until the transaction ends (FOR UPDATE) and returns its state; null when it is gone. */
export async function lockJobRow(db: SqlRunner, schema: string, name: string, id: string): Promise<JobRowState | null> {
  const { rows } = await db.executeSql(`SELECT state, started_on FROM ${schema}.job WHERE name = $1 AND id = $2 FOR UPDATE`, [name, id]);
  const row = rows[0] as { state: string; started_on: Date | null } | undefined;
  return row === undefined ? null : { state: row.state, startedOn: row.started_on?.getTime() ?? null };
}

/** Jobs of these queues that have been active for longer than `graceMs`: candidates for a dead worker. */
export async function activeJobsOlderThan(db: SqlRunner, schema: string, names: readonly string[], graceMs: number): Promise<{ id: string; name: string }[]> {
  const { rows } = await db.executeSql(
    `SELECT id, name FROM ${schema}.job WHERE name = ANY($1) AND state = 'active' AND started_on < now() - make_interval(secs => $2)`,
    [[...names], graceMs / 1000],
  );
  return rows as { id: string; name: string }[];
}
