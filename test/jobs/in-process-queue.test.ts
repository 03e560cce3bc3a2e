import { describe, expect, it } from 'vitest';
import { CancelledError } from '../../src/errors/index.js';
import { InProcessQueue, createQueue, type Job } from '../../src/jobs/index.js';
import { describeQueueConformance } from './queue-conformance.js';

describeQueueConformance('in-process', async () => new InProcessQueue());

async function waitFor(check: () => boolean): Promise<void> {
  const until = Date.now() + 5_000;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('InProcessQueue', () => {
  it('reports handler errors through onError, with the job', async () => {
    const reported: { error: unknown; job: Job }[] = [];
    const queue = new InProcessQueue({ onError: (error, job) => reported.push({ error, job }) });
    await queue.work('plan', 1, async () => {
      throw new Error('boom');
    });
    const id = await queue.enqueue('plan', { session_id: 'ses_1' });
    await waitFor(() => reported.length === 1);
    expect((reported[0]?.error as Error).message).toBe('boom');
    expect(reported[0]?.job).toEqual({ id, name: 'plan', data: { session_id: 'ses_1' } });
    await queue.close();
  });

  it('survives a handler that throws synchronously and an onError that throws', async () => {
    let reports = 0;
    const queue = new InProcessQueue({
      onError: () => {
        reports++;
        throw new Error('the error callback failed too');
      },
    });
    let ran = 0;
    await queue.work('plan', 1, ((job: Job) => {
      ran++;
      if (job.data === 'sync') throw new Error('sync throw');
      return Promise.resolve();
    }) as never);
    await queue.enqueue('plan', 'sync');
    await queue.enqueue('plan', 'fine');
    await waitFor(() => ran === 2);
    expect(reports).toBe(1);
    await queue.close();
  });

  it('does not report a cancelled job as an error, and its signal carries a CancelledError', async () => {
    const reported: unknown[] = [];
    const queue = new InProcessQueue({ onError: (error) => reported.push(error) });
    let reason: unknown;
    let finished = false;
    await queue.work('render', 1, async (_job, signal) => {
      await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
      reason = signal.reason;
      finished = true;
      throw signal.reason;
    });
    await queue.enqueue('render', null, { singletonKey: 'ses_1' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await queue.cancel('ses_1');
    await waitFor(() => finished);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(reason).toBeInstanceOf(CancelledError);
    expect(reported).toEqual([]);
    await queue.close();
  });

  it('a cancelled running job still gets its follow-up (the session is looked at again)', async () => {
    const queue = new InProcessQueue();
    const seen: unknown[] = [];
    await queue.work('plan', 1, async (job, signal) => {
      seen.push(job.data);
      if (job.data === 'first') await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
    });
    await queue.enqueue('plan', 'first', { singletonKey: 'ses_1' });
    await waitFor(() => seen.length === 1);
    await queue.enqueue('plan', 'after-stop', { singletonKey: 'ses_1' });
    await queue.cancel('ses_1');
    await waitFor(() => seen.length === 2);
    expect(seen).toEqual(['first', 'after-stop']);
    await queue.close();
  });

  it('after close, queued jobs are dropped, enqueue and work reject', async () => {
    const queue = new InProcessQueue();
    await queue.enqueue('plan', 'never');
    await queue.close();
    await expect(queue.enqueue('plan', 'late')).rejects.toThrow(/closed/);
    await expect(queue.work('plan', 1, async () => {})).rejects.toThrow(/closed/);
    await queue.close();
  });

  it('rejects a second worker for one name and a bad concurrency', async () => {
    const queue = new InProcessQueue();
    await queue.work('plan', 1, async () => {});
    await expect(queue.work('plan', 1, async () => {})).rejects.toThrow(/already/);
    await expect(queue.work('render', 0, async () => {})).rejects.toThrow(RangeError);
    await queue.close();
  });

  it('createQueue returns the in-process queue', async () => {
    const queue = createQueue();
    expect(queue.id).toBe('in-process');
    await queue.close();
  });
});
