import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resumeSession } from '../../../src/sessions/handlers/resume-session.js';
import { failOverdueRuns } from '../../../src/sessions/handlers/watchdog.js';
import type { SessionRun } from '../../../src/store/index.js';
import { makeRun, makeVideo } from '../../store/store-fixtures.js';
import { sessionKit, type SessionKit } from '../fakes/session-kit.js';
import { seedSession } from '../fakes/session-rows.js';

const run = (overrides: Partial<SessionRun> = {}): SessionRun => makeRun({ run_id: 'run_left', deadline_at: Date.now() + 60_000, ...overrides });

describe('resuming after a restart', () => {
  let kit: SessionKit;
  beforeEach(async () => {
    kit = await sessionKit();
  });
  afterEach(async () => kit.close());

  it('runs a session left thinking again, as its next attempt, and finishes it', async () => {
    const session = await seedSession(kit.store, 'thinking', { run: run(), answered_seq: 1 });
    await kit.store.appendMessage({ id: 'msg_1', session_id: session.id, role: 'user', type: 'text', content: session.prompt, resource_ids: null, attachment_ids: null, created_at: 0 });
    await resumeSession(kit.ctx, (await kit.store.getSession(session.id))!);
    expect(await kit.store.getSession(session.id)).toMatchObject({ status: 'thinking', run: { run_id: 'run_left', attempt: 2 } });
    await kit.queue.drain();
    expect(await kit.status(session.id)).toBe('reviewing');
  });

  it('gives up after three attempts, and fails a busy session that lost its run', async () => {
    const crashing = await seedSession(kit.store, 'generating', { run: run({ kind: 'render', attempt: 3 }) });
    const lost = await seedSession(kit.store, 'thinking');
    await resumeSession(kit.ctx, crashing);
    await resumeSession(kit.ctx, lost);
    expect(await kit.store.getSession(crashing.id)).toMatchObject({ status: 'failed', error: 'Gave up after 3 attempts: the server restarted during each of them.' });
    expect(await kit.store.getSession(lost.id)).toMatchObject({ status: 'failed', error: 'The session lost track of its work.' });
  });
});

describe('the watchdog', () => {
  let kit: SessionKit;
  beforeEach(async () => {
    kit = await sessionKit({ renderTimeoutSec: 7 });
  });
  afterEach(async () => kit.close());

  it('cancels and fails runs past their deadline, saying which limit, and leaves the others', async () => {
    const late = await seedSession(kit.store, 'generating', { run: run({ kind: 'render', deadline_at: Date.now() - 1, video_id: 'vid_late' }) });
    await kit.store.insertVideo(makeVideo(late.id, { id: 'vid_late', owner: late.owner, status: 'processing' }));
    const onTime = await seedSession(kit.store, 'thinking', { run: run() });
    await failOverdueRuns(kit.ctx);
    expect(await kit.store.getSession(late.id)).toMatchObject({ status: 'failed', error: 'Rendering took longer than the 7 s limit and was stopped.' });
    expect(await kit.store.getVideo('vid_late')).toMatchObject({ status: 'failed', failure_message: 'Rendering took longer than the 7 s limit and was stopped.' });
    expect(kit.queue.cancelled).toEqual([late.id]);
    expect(await kit.status(onTime.id)).toBe('thinking');
  });
});
