export type { Queue, Job, JobHandler, EnqueueOptions } from './queue.js';
export { InProcessQueue, type InProcessQueueOptions } from './in-process-queue.js';
export { createQueue } from './create-queue.js';
export { PgBossQueue, type PgBossQueueOptions } from './pg-boss/index.js';
