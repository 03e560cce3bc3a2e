import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedStoryboard } from '../fakes/fixed-planner.js';
import { sessionKit, type SessionKit } from '../fakes/session-kit.js';

describe('a plan run', () => {
  let kit: SessionKit;
  beforeEach(async () => {
    kit = await sessionKit();
  });
  afterEach(async () => kit.close());

  it('in a chat: saves storyboard v1 with a draft and scene images, then waits for review', async () => {
    const id = await kit.create();
    await kit.queue.drain();
    const session = await kit.store.getSession(id);
    expect(session).toMatchObject({ status: 'reviewing', storyboard_version: 1, title: 'Bees', run: null, progress: 40, video_id: null });
    const [answer] = await kit.messages(id);
    expect(answer).toMatchObject({ role: 'model', type: 'resource' });
    expect(answer?.content).toContain('Storyboard v1: "Bees" — 3 scenes');
    expect(answer?.content).toContain('say "looks good" to render');
    expect(answer?.resource_ids).toHaveLength(4);
    expect(kit.planner.planRequests[0]).toMatchObject({ prompt: 'A short video about why bees matter', skip_agentic_stop: false });
    expect(kit.events.filter((e) => e.type === 'status').map((e) => (e as { status: string }).status)).toEqual(['thinking', 'reviewing']);
  });

  it('in generate mode: goes straight on to render, with video_id set from the moment the render is queued', async () => {
    const id = await kit.create({ mode: 'generate' });
    await kit.queue.runNext();
    const generating = await kit.store.getSession(id);
    expect(generating).toMatchObject({ status: 'generating', run: { kind: 'render' } });
    expect(generating?.video_id).toMatch(/^vid_/);
    expect(await kit.store.getVideo(generating!.video_id!)).toMatchObject({ status: 'pending', storyboard_version: 1 });
    expect(kit.planner.planRequests[0]?.skip_agentic_stop).toBe(true);
  });

  it('a clarifying question waits for input, and the answer extends the prompt', async () => {
    kit.planner.planReply = { kind: 'question', message: 'Who is the video for?' };
    const id = await kit.create();
    await kit.queue.drain();
    expect(await kit.status(id)).toBe('waiting_for_input');
    expect((await kit.messages(id))[0]).toMatchObject({ role: 'model', type: 'text', content: 'Who is the video for?' });
    kit.planner.planReply = { kind: 'storyboard', storyboard: fixedStoryboard(), message: '' };
    await kit.message(id, 'For children');
    await kit.queue.drain();
    expect(kit.planner.planRequests[1]?.prompt).toBe('A short video about why bees matter\n\nFor children');
    expect(await kit.status(id)).toBe('reviewing');
  });

  it('a planner failure in a chat waits for input with the reason; in generate mode the session fails', async () => {
    kit.planner.planReply = new Error('the model is offline');
    const chat = await kit.create();
    const oneShot = await kit.create({ mode: 'generate' });
    await kit.queue.drain();
    expect(await kit.status(chat)).toBe('waiting_for_input');
    expect((await kit.messages(chat))[0]).toMatchObject({ type: 'error', content: 'I could not plan this video: the model is offline. Send a message to try again.' });
    expect(await kit.store.getSession(oneShot)).toMatchObject({ status: 'failed', error: 'the model is offline.' });
    expect(kit.notifications).toEqual([expect.objectContaining({ session_id: oneShot, event_type: 'video_agent.fail', event_data: expect.objectContaining({ msg: 'the model is offline.' }) })]);
  });
});
