import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Job, Queue } from '../../src/jobs/index.js';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** Polls until `check` holds (handlers run asynchronously in every adapter). */
async function waitFor(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out waiting for a condition');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const settle = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));

/** The Queue contract (src/jobs/queue.ts), run against every adapter; each test gets a fresh queue. */
export function describeQueueConformance(name: string, makeQueue: () => Promise<Queue>): void {
  describe(`Queue conformance: ${name}`, () => {
    let queue: Queue;

    beforeEach(async () => {
      queue = await makeQueue();
    });

    afterEach(async () => {
      await queue.close({ abort: true });
    });

    it('jobs enqueued before work() wait, then run with their id, name and data', async () => {
      const seen: Job[] = [];
      const id = await queue.enqueue('plan', { session_id: 'ses_1' });
      await settle();
      await queue.work('plan', 1, async (job) => {
        seen.push(job);
      });
      await waitFor(() => seen.length === 1);
      expect(seen[0]).toEqual({ id, name: 'plan', data: { session_id: 'ses_1' } });
    });

    it('each name goes to its own handler', async () => {
      const seen: string[] = [];
      await queue.work('a', 1, async (job) => void seen.push(`a:${String(job.data)}`));
      await queue.work('b', 1, async (job) => void seen.push(`b:${String(job.data)}`));
      await queue.enqueue('a', 1);
      await queue.enqueue('b', 2);
      await waitFor(() => seen.length === 2);
      expect(seen.sort()).toEqual(['a:1', 'b:2']);
    });

    it('runs at most `concurrency` jobs of a name at once, and all of them in the end', async () => {
      let active = 0;
      let peak = 0;
      let done = 0;
      await queue.work('render', 2, async () => {
        active++;
        peak = Math.max(peak, active);
        await settle(20);
        active--;
        done++;
      });
      for (let i = 0; i < 6; i++) await queue.enqueue('render', i);
      await waitFor(() => done === 6);
      expect(peak).toBe(2);
    });

    it('a queued job with a singleton key absorbs later enqueues of that key', async () => {
      const seen: unknown[] = [];
      const first = await queue.enqueue('plan', 'first', { singletonKey: 'ses_1' });
      const second = await queue.enqueue('plan', 'second', { singletonKey: 'ses_1' });
      const other = await queue.enqueue('plan', 'other', { singletonKey: 'ses_2' });
      expect(second).toBe(first);
      expect(other).not.toBe(first);
      await queue.work('plan', 2, async (job) => void seen.push(job.data));
      await waitFor(() => seen.length === 2);
      await settle();
      expect(seen.sort()).toEqual(['first', 'other']);
    });

    it('enqueueing the key of a running job returns its id and runs one follow-up after it', async () => {
      const release = deferred();
      const seen: { id: string; data: unknown }[] = [];
      await queue.work('plan', 4, async (job) => {
        seen.push({ id: job.id, data: job.data });
        if (job.data === 'first') await release.promise;
      });
      const first = await queue.enqueue('plan', 'first', { singletonKey: 'ses_1' });
      await waitFor(() => seen.length === 1);
      expect(await queue.enqueue('plan', 'again', { singletonKey: 'ses_1' })).toBe(first);
      expect(await queue.enqueue('plan', 'latest', { singletonKey: 'ses_1' })).toBe(first);
      await settle();
      expect(seen).toHaveLength(1); // never two runs of one key at once
      release.resolve();
      await waitFor(() => seen.length === 2);
      await settle();
      expect(seen).toHaveLength(2);
      expect(seen[1]?.data).toBe('latest');
      expect(seen[1]?.id).not.toBe(first);
    });

    it('a key is free again once its job has finished', async () => {
      let runs = 0;
      await queue.work('plan', 1, async () => void runs++);
      const first = await queue.enqueue('plan', null, { singletonKey: 'ses_1' });
      await waitFor(() => runs === 1);
      await settle();
      const second = await queue.enqueue('plan', null, { singletonKey: 'ses_1' });
      expect(second).not.toBe(first);
      await waitFor(() => runs === 2);
    });

    it('cancel(key) aborts the signal of the running job with that key only', async () => {
      const signals = new Map<unknown, AbortSignal>();
      await queue.work('render', 2, async (job, signal) => {
        signals.set(job.data, signal);
        await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
      });
      await queue.enqueue('render', 'one', { singletonKey: 'ses_1' });
      await queue.enqueue('render', 'two', { singletonKey: 'ses_2' });
      await waitFor(() => signals.size === 2);
      await queue.cancel('ses_1');
      await queue.cancel('ses_unknown');
      expect(signals.get('one')?.aborted).toBe(true);
      expect(signals.get('two')?.aborted).toBe(false);
    });

    it('a handler that throws does not stop the queue', async () => {
      const seen: unknown[] = [];
      await queue.work('plan', 1, async (job) => {
        seen.push(job.data);
        if (job.data === 'bad') throw new Error('handler failed');
      });
      await queue.enqueue('plan', 'bad');
      await queue.enqueue('plan', 'good');
      await waitFor(() => seen.length === 2);
      expect(seen).toEqual(['bad', 'good']);
    });

    it('close() waits for running jobs to finish', async () => {
      let started = false;
      let finished = false;
      await queue.work('render', 1, async (_job, signal) => {
        started = true;
        await settle(50);
        finished = !signal.aborted;
      });
      await queue.enqueue('render', null);
      await waitFor(() => started);
      await queue.close();
      expect(finished).toBe(true);
    });

    it('close({ abort: true }) aborts running jobs and returns once they stop', async () => {
      let stopped = false;
      let markStarted!: () => void;
      const started = new Promise<void>((resolve) => (markStarted = resolve));
      await queue.work('render', 1, async (_job, signal) => {
        markStarted();
        await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
        stopped = true;
      });
      await queue.enqueue('render', null);
      // Wait for the job to be running (a fixed pause is not enough on a loaded machine), then close.
      await started;
      await queue.close({ abort: true });
      expect(stopped).toBe(true);
    });
  });
}
