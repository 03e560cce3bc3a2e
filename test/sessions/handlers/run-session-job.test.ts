import { afterEach, describe, expect, it } from 'vitest';
import { runHandlers, runSessionJob } from '../../../src/sessions/handlers/run-session-job.js';
import { sessionKit, type SessionKit } from '../fakes/session-kit.js';
import { seedSession } from '../fakes/session-rows.js';

describe('a session job', () => {
  let kit: SessionKit | undefined;
  afterEach(async () => kit?.close());

  it('has a handler for every kind of run', () => {
    expect(Object.keys(runHandlers).sort()).toEqual(['plan', 'render', 'revise']);
  });

  it('fails a run that outlives its deadline, saying which limit', async () => {
    kit = await sessionKit({ agentTimeoutSec: 0.05 });
    kit.planner.hold();
    const id = await kit.create();
    await kit.queue.drain();
    expect(await kit.store.getSession(id)).toMatchObject({ status: 'failed', error: 'The agent took longer than the 0.05 s limit and was stopped.' });
    expect((await kit.messages(id))[0]).toMatchObject({ role: 'model', type: 'error' });
  });

  it('does nothing for a session that is no longer busy (a stale job)', async () => {
    kit = await sessionKit();
    const session = await seedSession(kit.store, 'reviewing');
    await runSessionJob(kit.ctx, { id: 'job_stale', name: 'session.run', data: { session_id: session.id } }, new AbortController().signal);
    expect(await kit.store.getSession(session.id)).toEqual(session);
    expect(kit.events).toEqual([]);
  });

  it('a run cancelled by the queue (a closing process) leaves the session for the next process to resume', async () => {
    kit = await sessionKit();
    kit.planner.hold();
    const id = await kit.create();
    const running = kit.queue.runNext();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await kit.queue.close();
    await running;
    expect(await kit.store.getSession(id)).toMatchObject({ status: 'thinking', run: { kind: 'plan', attempt: 1 } });
  });
});
