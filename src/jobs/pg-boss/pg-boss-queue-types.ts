import type pg from 'pg';
import type { Job, JobHandler } from '../queue.js';

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

export interface Worker {
  name: string;
  concurrency: number;
  handler: JobHandler;
  running: number;
  wake: () => void;
  loop: Promise<void>;
}

export interface RunningJob {
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
export interface Envelope {
  v: unknown;
  /** The singleton key, so the worker that finishes the job can release it. */
  k: string | null;
}
