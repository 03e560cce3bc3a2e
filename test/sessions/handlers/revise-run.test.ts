import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedStoryboard } from '../fakes/fixed-planner.js';
import { sessionKit, type SessionKit } from '../fakes/session-kit.js';

describe('a revise run', () => {
  let kit: SessionKit;
  let id: string;
  beforeEach(async () => {
    kit = await sessionKit();
    id = await kit.create();
    await kit.queue.drain();
  });
  afterEach(async () => kit.close());

  it('feedback makes storyboard v2 and waits for review again', async () => {
    const { run_id } = await kit.message(id, 'remove the last scene');
    expect(run_id).toMatch(/^run_/);
    expect((await kit.store.getSession(id))?.run?.run_id).toBe(run_id);
    await kit.queue.drain();
    expect(await kit.store.getSession(id)).toMatchObject({ status: 'reviewing', storyboard_version: 2 });
    expect((await kit.messages(id))[0]?.content).toContain('Storyboard v2: "Bees" — 2 scenes');
    expect(kit.planner.reviseRequests[0]).toMatchObject({ message: 'remove the last scene', history: [expect.objectContaining({ version: 1 })] });
  });

  it('an approval renders the current storyboard, saying which version', async () => {
    await kit.message(id, 'looks good');
    await kit.queue.runNext();
    const session = await kit.store.getSession(id);
    expect(session).toMatchObject({ status: 'generating', storyboard_version: 1 });
    expect((await kit.messages(id))[0]?.content).toMatch(/^Great. Rendering storyboard v1 now \(about \d+ s of video\).$/);
  });

  it('an approval with changes saves the new version and renders it', async () => {
    kit.planner.reviseReplies.set('shorter, then go', { kind: 'approved', storyboard: fixedStoryboard({ version: 1 }, 1), message: 'Shortened.' });
    await kit.message(id, 'shorter, then go');
    await kit.queue.drain();
    expect(await kit.store.getSession(id)).toMatchObject({ status: 'completed', storyboard_version: 2 });
    expect(kit.renderer.rendered.map((s) => s.scenes.length)).toEqual([1]);
  });

  it('unclear feedback waits for input; a planner failure keeps the storyboard and says why', async () => {
    kit.planner.reviseReplies.set('sparkle', { kind: 'unclear', message: 'I can shorten, reorder or remove scenes.' });
    await kit.message(id, 'sparkle');
    await kit.queue.drain();
    expect(await kit.status(id)).toBe('waiting_for_input');
    kit.planner.reviseReplies.set('boom', new Error('the edit engine crashed'));
    await kit.message(id, 'boom');
    await kit.queue.drain();
    expect(await kit.store.getSession(id)).toMatchObject({ status: 'reviewing', storyboard_version: 1 });
    expect((await kit.messages(id))[0]).toMatchObject({ type: 'error', content: 'I could not apply that: the edit engine crashed. The storyboard is unchanged.' });
  });
});
