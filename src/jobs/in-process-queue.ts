import { randomUUID } from 'node:crypto';
import { CancelledError, isCancelled } from '../errors/index.js';
import type { EnqueueOptions, Job, JobHandler, Queue } from './queue.js';

export interface InProcessQueueOptions {
  /** Called with what a handler threw (not for cancellations); the queue itself never throws it on. */
  onError?: (error: unknown, job: Job) => void;
}

interface Worker {
  concurrency: number;
  handler: JobHandler;
  running: number;
}

/** What the queue knows about a singleton key while its job is queued or running. */
interface KeyState {
  job: Job;
  /** Set while the job runs. */
  controller: AbortController | null;
  /** A later enqueue that arrived while the job ran (the latest one wins). */
  followUp: { name: string; data: unknown } | null;
}

/**
 * The default queue: jobs live in memory and run in this process. Nothing survives a restart; the Store is the
 * source of truth and the session resumer enqueues again on start.
 *
 * Singleton keys: while a job with key K is queued, enqueueing K again returns that job's id and changes nothing.
 * While it is RUNNING, enqueueing K again also returns the running job's id, but the queue remembers one
 * follow-up (the latest name and data): when the running job ends, a new job with key K is queued, so the
 * session is looked at again after whatever changed during the run (a message sent, a stop). Any number of
 * enqueues during one run make one follow-up.
 *
 * `cancel(K)` aborts the running job's signal with a CancelledError; it leaves a queued job or a remembered
 * follow-up alone (they look at the session and see what changed). A handler that throws after its signal was
 * aborted is a cancellation, not an error, and is not reported.
 *
 * `close()` drops queued jobs and pending follow-ups (the resumer finds their sessions on the next start).
 */
export class InProcessQueue implements Queue {
  readonly id = 'in-process';
  readonly durable = false;
  private readonly workers = new Map<string, Worker>();
  private readonly waiting = new Map<string, Job[]>();
  private readonly keys = new Map<string, KeyState>();
  private readonly keyOfJob = new Map<string, string>();
  private readonly controllers = new Map<string, AbortController>();
  private readonly running = new Set<Promise<void>>();
  private closed = false;

  constructor(private readonly options: InProcessQueueOptions = {}) {}

  async enqueue(name: string, data: unknown, options: EnqueueOptions = {}): Promise<string> {
    if (this.closed) throw new Error('The queue is closed');
    const key = options.singletonKey;
    if (key !== undefined) {
      const existing = this.keys.get(key);
      if (existing !== undefined) {
        if (existing.controller !== null) existing.followUp = { name, data };
        return existing.job.id;
      }
    }
    return this.add(name, data, key).id;
  }

  async work(name: string, concurrency: number, handler: JobHandler): Promise<void> {
    if (this.closed) throw new Error('The queue is closed');
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`Concurrency must be a positive integer, got ${concurrency}`);
    if (this.workers.has(name)) throw new Error(`Jobs named "${name}" already have a worker`);
    this.workers.set(name, { concurrency, handler, running: 0 });
    this.schedule(name);
  }

  async cancel(singletonKey: string): Promise<void> {
    this.keys.get(singletonKey)?.controller?.abort(new CancelledError());
  }

  async close(options: { abort?: boolean } = {}): Promise<void> {
    this.closed = true;
    for (const jobs of this.waiting.values()) {
      for (const job of jobs) this.forgetKey(job);
    }
    this.waiting.clear();
    if (options.abort === true) {
      for (const controller of this.controllers.values()) controller.abort(new CancelledError('The queue is closing'));
    }
    while (this.running.size > 0) await Promise.all([...this.running]);
  }

  private add(name: string, data: unknown, key: string | undefined): Job {
    const job: Job = { id: `job_${randomUUID()}`, name, data };
    if (key !== undefined) {
      this.keys.set(key, { job, controller: null, followUp: null });
      this.keyOfJob.set(job.id, key);
    }
    const jobs = this.waiting.get(name) ?? [];
    jobs.push(job);
    this.waiting.set(name, jobs);
    this.schedule(name);
    return job;
  }

  /** Starts jobs on the next microtask, so enqueue() and work() return before any handler runs. */
  private schedule(name: string): void {
    queueMicrotask(() => this.pump(name));
  }

  private pump(name: string): void {
    const worker = this.workers.get(name);
    const jobs = this.waiting.get(name);
    if (this.closed || worker === undefined || jobs === undefined) return;
    while (jobs.length > 0 && worker.running < worker.concurrency) {
      this.start(worker, jobs.shift() as Job);
    }
  }

  private start(worker: Worker, job: Job): void {
    const controller = new AbortController();
    const key = this.keyOfJob.get(job.id);
    const state = key === undefined ? undefined : this.keys.get(key);
    if (state !== undefined) state.controller = controller;
    this.controllers.set(job.id, controller);
    worker.running++;
    const run = (async () => {
      try {
        await worker.handler(job, controller.signal);
      } catch (error) {
        if (!isCancelled(error, controller.signal)) this.report(error, job);
      }
    })().finally(() => {
      worker.running--;
      this.controllers.delete(job.id);
      this.running.delete(run);
      const followUp = state?.followUp ?? null;
      this.forgetKey(job);
      if (this.closed) return;
      if (key !== undefined && followUp !== null) this.add(followUp.name, followUp.data, key);
      this.pump(job.name);
    });
    this.running.add(run);
  }

  private forgetKey(job: Job): void {
    const key = this.keyOfJob.get(job.id);
    if (key === undefined) return;
    this.keyOfJob.delete(job.id);
    if (this.keys.get(key)?.job.id === job.id) this.keys.delete(key);
  }

  private report(error: unknown, job: Job): void {
    try {
      this.options.onError?.(error, job);
    } catch {
      // A failing error callback must not take the process down either.
    }
  }
}
