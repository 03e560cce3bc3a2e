import type { Job, Queue } from './queue.js';
import { InProcessQueue } from './in-process-queue.js';
import { PgBossQueue } from './pg-boss/pg-boss-queue.js';

export interface QueueConfig {
  onError?: (error: unknown, job: Job) => void;
  /** PostgreSQL: jobs in pg-boss, shared by every process on that database. Null: the in-process queue. */
  databaseUrl?: string | null;
  /** Our PostgreSQL schema; pg-boss gets `<schema>_jobs` beside it (public → pgboss). */
  databaseSchema?: string;
}

/** The queue this process uses: pg-boss when a database URL is given, else the in-process one. */
export function createQueue(options: QueueConfig = {}): Queue {
  const onError = options.onError;
  if (options.databaseUrl) {
    const schema = options.databaseSchema ?? 'public';
    return new PgBossQueue({
      connectionString: options.databaseUrl,
      schema: schema === 'public' ? 'pgboss' : `${schema}_jobs`,
      // Background failures (no job) are reported as a job-less error; the callback gets a placeholder job.
      ...(onError ? { onError: (error, job) => onError(error, job ?? { id: '-', name: 'queue', data: null }) } : {}),
    });
  }
  return new InProcessQueue(onError ? { onError } : {});
}
