export type { Queue, Job, JobHandler, EnqueueOptions } from './queue.js';
