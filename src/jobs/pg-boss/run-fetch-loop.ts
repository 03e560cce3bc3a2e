import type PgBoss from 'pg-boss';
import type { Envelope, Worker } from './pg-boss-queue-types.js';

export interface FetchLoop {
  fetch(batchSize: number): Promise<PgBoss.JobWithMetadata<Envelope>[]>;
  start(job: PgBoss.JobWithMetadata<Envelope>): Promise<void>;
  /** A job fetched while closing: handed back at once for another process. */
  giveBack(job: PgBoss.JobWithMetadata<Envelope>): Promise<unknown>;
  isClosed(): boolean;
  /** Fallback poll when no wake-up comes. */
  pollIntervalMs: number;
  report(error: unknown): void;
}

/** One worker's loop: fetch as many jobs as it has room for, start them, then wait for a wake-up or the poll. */
export async function runFetchLoop(worker: Worker, loop: FetchLoop): Promise<void> {
  while (!loop.isClosed()) {
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
        const jobs = await loop.fetch(free);
        fetched = jobs.length;
        for (const job of jobs) {
          if (loop.isClosed()) {
            // Fetched while closing: give it back at once for another process.
            await loop.giveBack(job).catch((error: unknown) => loop.report(error));
          } else {
            await loop.start(job);
          }
        }
      } catch (error) {
        loop.report(error);
      }
    }
    if (loop.isClosed()) break;
    if (fetched > 0 && fetched === free) continue;
    if (!woken) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([wakeUp, new Promise<void>((resolve) => (timer = setTimeout(resolve, loop.pollIntervalMs)))]);
      clearTimeout(timer);
    }
  }
}
