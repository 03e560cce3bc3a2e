import type pg from 'pg';

/**
 * A running job's liveness lock: a session-level advisory lock on the job id, held on the queue's listener
 * connection. A `kill -9` closes that connection and PostgreSQL frees the lock, so a lock anyone can take
 * belongs to a dead worker. Every working queue periodically tries the lock of each active job of its names; one it
 * can take, it fails with pg-boss, which queues it for retry (up to `crashRetryLimit`) and another worker runs it.
 * Handlers must therefore be idempotent: a job can run again after a crash part-way.
 */
export const jobLockKey = (jobId: string): string => `ova-job:${jobId}`;

export async function tryLockJob(client: pg.Client, jobId: string): Promise<boolean> {
  const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS ok', [jobLockKey(jobId)]);
  return rows[0]?.ok === true;
}

export async function unlockJob(client: pg.Client, jobId: string): Promise<void> {
  await client.query('SELECT pg_advisory_unlock(hashtext($1))', [jobLockKey(jobId)]);
}
