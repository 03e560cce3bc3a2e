import type { Job, JobHandler, Queue } from '../../../src/jobs/index.js';

/** A queue that runs nothing until the test says so: `runNext()` / `drain()` run the jobs in order. */
export class ManualQueue implements Queue {
  readonly id = 'manual';
  readonly durable = false;
  readonly waiting: Job[] = [];
  readonly cancelled: string[] = [];
  private readonly handlers = new Map<string, JobHandler>();
  private readonly controllers = new Map<string, AbortController>();
  private sequence = 0;

  async enqueue(name: string, data: unknown, options: { singletonKey?: string } = {}): Promise<string> {
    const key = options.singletonKey;
    const existing = key === undefined ? undefined : this.waiting.find((job) => (job as Job & { key?: string }).key === key);
    if (existing) return existing.id;
    const job = { id: `job_${++this.sequence}`, name, data, key };
    this.waiting.push(job);
    return job.id;
  }

  async work(name: string, _concurrency: number, handler: JobHandler): Promise<void> {
    this.handlers.set(name, handler);
  }

  async cancel(singletonKey: string): Promise<void> {
    this.cancelled.push(singletonKey);
    this.controllers.get(singletonKey)?.abort(new Error('cancelled'));
  }

  async close(): Promise<void> {
    for (const controller of this.controllers.values()) controller.abort(new Error('closing'));
  }

  /** Runs the oldest waiting job; false when there was none. */
  async runNext(): Promise<boolean> {
    const job = this.waiting.shift() as (Job & { key?: string }) | undefined;
    if (!job) return false;
    const handler = this.handlers.get(job.name);
    if (!handler) throw new Error(`no worker for ${job.name}`);
    const controller = new AbortController();
    if (job.key) this.controllers.set(job.key, controller);
    try {
      await handler(job, controller.signal);
    } finally {
      if (job.key && this.controllers.get(job.key) === controller) this.controllers.delete(job.key);
    }
    return true;
  }

  /** Runs jobs until none is waiting (including jobs the runs enqueue). */
  async drain(limit = 50): Promise<void> {
    for (let i = 0; i < limit; i++) if (!(await this.runNext())) return;
    throw new Error(`the queue did not drain in ${limit} jobs`);
  }
}
