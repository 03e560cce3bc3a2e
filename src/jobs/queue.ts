/** A job: a name the worker dispatches on and a small JSON payload. */
export interface Job<T = unknown> {
  id: string;
  name: string;
  data: T;
}

export interface EnqueueOptions {
  /** At most one queued-or-running job per key (a session's runs are serial). */
  singletonKey?: string;
}

export type JobHandler = (job: Job, signal: AbortSignal) => Promise<void>;

/**
 * Work to be done, by this process or another. Adapters: in-process (default) and PostgreSQL (pg-boss).
 * The session state in the Store is the source of truth; the queue only says "look at this session now".
 */
export interface Queue {
  readonly id: string;
  /**
   * True when queued and running jobs outlive this process (another process takes them over); false when
   * they die with it, so whoever starts the queue must enqueue the unfinished work again.
   */
  readonly durable: boolean;
  enqueue(name: string, data: unknown, options?: EnqueueOptions): Promise<string>;
  /** Starts handling jobs of this name with at most `concurrency` at once. */
  work(name: string, concurrency: number, handler: JobHandler): Promise<void>;
  /** Aborts the signal of a running job with this singleton key, if this process runs it. */
  cancel(singletonKey: string): Promise<void>;
  /** Stops taking jobs; aborts running ones when `abort` is true, else waits for them. */
  close(options?: { abort?: boolean }): Promise<void>;
}
