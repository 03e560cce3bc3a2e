import type { Job, Queue } from './queue.js';
import { InProcessQueue } from './in-process-queue.js';

/** The queue this process uses; the in-process one for now (a PostgreSQL one will be chosen here too). */
export function createQueue(options: { onError?: (error: unknown, job: Job) => void } = {}): Queue {
  return new InProcessQueue(options);
}
