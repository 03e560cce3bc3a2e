import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OWNER, sessionKit, type SessionKit } from '../fakes/session-kit.js';

describe('stopping a session', () => {
  let kit: SessionKit;
  beforeEach(async () => {
    kit = await sessionKit();
  });
  afterEach(async () => kit.close());

  it('a chat that is thinking waits for input, keeps its messages, and its run can no longer write', async () => {
    const id = await kit.create();
    const release = kit.planner.hold();
    const running = kit.queue.runNext();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const stopped = await kit.manager.stop(OWNER, id);
    expect(stopped).toMatchObject({ status: 'waiting_for_input', run: null, error: null });
    release();
    await running;
    expect(await kit.store.getSession(id)).toMatchObject({ status: 'waiting_for_input', storyboard_version: null });
    expect((await kit.messages(id))[0]).toMatchObject({ type: 'text', content: expect.stringMatching(/^Stopped the agent at your request\. The storyboard and messages so far are kept/) });
    expect(kit.queue.cancelled).toEqual([id]);
  });

  it('a stop that races the run’s own step (approved → rendering) stops the step it moved to', async () => {
    const id = await kit.create();
    const release = kit.planner.hold();
    const running = kit.queue.runNext();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const original = kit.store.transitionSession.bind(kit.store);
    let raced = false;
    // Between the stop reading the session and moving it, the run moves on to a render of its own.
    kit.store.transitionSession = async (sessionId, from, patch, runId) => {
      if (!raced && patch.status === 'waiting_for_input') {
        raced = true;
        const now = (await kit.store.getSession(sessionId))!;
        await original(sessionId, [now.status], { status: 'generating', run: { ...now.run!, run_id: 'run_render', kind: 'render' } }, now.run!.run_id);
      }
      return original(sessionId, from, patch, runId);
    };
    const stopped = await kit.manager.stop(OWNER, id);
    expect(raced).toBe(true);
    expect(stopped).toMatchObject({ status: 'waiting_for_input', run: null });
    release();
    await running;
    expect(await kit.store.getSession(id)).toMatchObject({ status: 'waiting_for_input' });
  });

  it('a generate-mode render fails the session and marks its video stopped, with the fail webhook', async () => {
    const id = await kit.create({ mode: 'generate' });
    await kit.queue.runNext();
    const release = kit.renderer.hold();
    const running = kit.queue.runNext();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const stopped = await kit.manager.stop(OWNER, id);
    release();
    await running;
    expect(stopped).toMatchObject({ status: 'failed', error: 'Stopped by the user.' });
    expect(await kit.store.getVideo(stopped.video_id!)).toMatchObject({ status: 'failed', failure_code: 'stopped' });
    expect((await kit.messages(id))[0]?.content).toMatch(/^Stopped rendering at your request\. This session has ended/);
    expect(kit.notifications).toEqual([expect.objectContaining({ event_type: 'video_agent.fail', event_data: expect.objectContaining({ video_id: stopped.video_id, msg: 'Stopped by the user.' }) })]);
  });

  it('drops the messages queued behind the stopped run, and says so', async () => {
    const id = await kit.create();
    await kit.message(id, 'make it shorter');
    await kit.message(id, 'and warmer');
    const stopped = await kit.manager.stop(OWNER, id);
    expect((await kit.messages(id))[0]?.content).toMatch(/The 2 messages sent while it was busy were not applied/);
    await kit.queue.drain();
    expect(await kit.status(id)).toBe('waiting_for_input');
    expect(kit.planner.planRequests).toHaveLength(0);
    expect(stopped.status).toBe('waiting_for_input');
  });

  it('an idle or finished session is left as it is', async () => {
    const id = await kit.create();
    await kit.queue.drain();
    expect(await kit.manager.stop(OWNER, id)).toMatchObject({ status: 'reviewing' });
    expect(kit.queue.cancelled).toEqual([]);
  });
});
