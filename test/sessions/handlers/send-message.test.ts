import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReviseRequest, ReviseResult } from '../../../src/agent/index.js';
import { AppError } from '../../../src/errors/index.js';
import { answerLog, twoQueuedMessagesAnswered } from '../fakes/answer-log.js';
import { OWNER, sessionKit, type SessionKit } from '../fakes/session-kit.js';

const send = (kit: SessionKit, id: string, message: string, extra: object = {}) =>
  kit.manager.sendMessage(OWNER, id, { message, avatar_id: null, voice_id: null, brand_kit_id: null, files: [], auto_proceed: false, ...extra });

describe('sending a follow-up message', () => {
  let kit: SessionKit;
  beforeEach(async () => {
    kit = await sessionKit();
  });
  afterEach(async () => kit.close());

  it('to an idle chat: starts a revise run for it at once, whose id the answer names', async () => {
    const id = await kit.create();
    await kit.queue.drain();
    const { session, run_id } = await send(kit, id, 'shorter');
    expect(session).toMatchObject({ status: 'thinking', run: { kind: 'revise', run_id } });
  });

  it('while the agent is thinking: queued, then answered in order when the run ends, each by its own run', async () => {
    const id = await kit.create();
    const first = await send(kit, id, 'remove the last scene');
    const second = await send(kit, id, 'looks good');
    expect(first.session.status).toBe('thinking');
    expect(first.run_id).not.toBe(second.run_id);
    await kit.queue.runNext(); // the plan run; the first queued message starts as it ends
    expect(await kit.store.getSession(id)).toMatchObject({ status: 'thinking', storyboard_version: 1, run: { run_id: first.run_id, kind: 'revise' } });
    await kit.queue.runNext(); // "remove the last scene" → v2, then "looks good" starts
    expect((await kit.store.getSession(id))?.run?.run_id).toBe(second.run_id);
    await kit.queue.drain();
    expect(await kit.store.getSession(id)).toMatchObject({ status: 'completed', storyboard_version: 2 });
    expect(kit.planner.reviseRequests.map((r) => r.message)).toEqual(['remove the last scene', 'looks good']);
    // Each message has its answer, after it and in order.
    expect(answerLog(await kit.messages(id))).toEqual(twoQueuedMessagesAnswered);
  });

  it('while rendering: queued, and applied after the video is done as a revision of it', async () => {
    const id = await kit.create({ auto_proceed: true });
    await kit.queue.runNext();
    expect(await kit.status(id)).toBe('generating');
    const { session } = await send(kit, id, 'remove the last scene');
    expect(session.status).toBe('generating');
    await kit.queue.runNext(); // the render completes, then the queued message starts
    const after = await kit.store.getSession(id);
    expect(after).toMatchObject({ status: 'thinking', run: { kind: 'revise' } });
    expect(await kit.store.getVideo(after!.video_id!)).toMatchObject({ status: 'completed', storyboard_version: 1 });
    expect(kit.events.filter((e) => e.type === 'status').map((e) => (e as { status: string }).status)).toEqual(['thinking', 'generating', 'completed', 'thinking']);
    expect(kit.notifications.map((n) => n.event_type)).toEqual(['video_agent.success']);
    await kit.queue.drain();
    expect(await kit.store.getSession(id)).toMatchObject({ status: 'completed', storyboard_version: 2 });
    expect(kit.renderer.rendered.map((s) => s.version)).toEqual([1, 2]);
  });

  it('a queued message does not count against the active limit; one that starts a run does', async () => {
    await kit.close();
    kit = await sessionKit({ maxActiveJobsPerKey: 1 });
    const busy = await kit.create();
    await expect(send(kit, busy, 'shorter')).resolves.toMatchObject({ session: { status: 'thinking' } });
    const other = await kit.manager.create(OWNER, { ...(await kit.store.getSession(busy))!.options, prompt: 'x', mode: 'chat', files: [] }).catch((e: unknown) => e);
    expect(other).toBeInstanceOf(AppError);
    expect((other as AppError).code).toBe('rate_limit_exceeded');
  });

  it('is refused for a generate-mode or failed session, and with an unknown voice', async () => {
    const oneShot = await kit.create({ mode: 'generate' });
    await expect(send(kit, oneShot, 'shorter')).rejects.toMatchObject({ code: 'conflict' });
    kit.planner.planReply = new Error('nope');
    await kit.queue.drain();
    await expect(send(kit, oneShot, 'shorter')).rejects.toMatchObject({ code: 'conflict' });
    const chat = await kit.create();
    await expect(send(kit, chat, 'shorter', { voice_id: 'no-such-voice' })).rejects.toMatchObject({ code: 'validation_error', param: 'voice_id' });
  });

  it('takes avatar_id "none" (no presenter), which reaches the run as no presenter', async () => {
    const id = await kit.create();
    await kit.queue.drain();
    await send(kit, id, 'no face', { avatar_id: 'none' });
    await kit.queue.drain();
    expect((await kit.store.getSession(id))?.options.avatar_id).toBe('none');
    await expect(send(kit, id, 'x', { avatar_id: 'nobody' })).rejects.toMatchObject({ code: 'validation_error', param: 'avatar_id' });
  });

  it('voice and avatar overrides reach the run that answers the message', async () => {
    const id = await kit.create();
    await kit.queue.drain();
    await send(kit, id, 'use a male voice', { voice_id: 'v-en-m' });
    await kit.queue.drain();
    expect(kit.planner.reviseRequests[0]?.overrides).toEqual({ voice_id: 'v-en-m' });
  });

  it('a voice or presenter changed by chat after an override stays: later turns do not put the override back', async () => {
    const id = await kit.create();
    await kit.queue.drain();
    const applyOverrides = (request: ReviseRequest): ReviseResult => ({ kind: 'revised', storyboard: { ...request.storyboard, ...request.overrides }, message: 'Done.' });
    kit.planner.reviseReplies.set('switch', applyOverrides);
    kit.planner.reviseReplies.set('use a female voice, no presenter', (request) => ({ kind: 'revised', storyboard: { ...request.storyboard, voice_id: 'v-en', avatar_id: null }, message: 'Switched.' }));
    kit.planner.reviseReplies.set('shorter', applyOverrides);
    await send(kit, id, 'switch', { voice_id: 'v-en-m', avatar_id: 'amy' });
    await kit.queue.drain();
    await send(kit, id, 'use a female voice, no presenter');
    await kit.queue.drain();
    await send(kit, id, 'shorter');
    await kit.queue.drain();
    expect(kit.planner.reviseRequests.map((r) => r.overrides)).toEqual([{ voice_id: 'v-en-m', avatar_id: 'amy' }, {}, {}]);
    // No presenter is kept as the session's own choice, "none", not as no choice at all (null: the default one).
    expect((await kit.store.getSession(id))?.options).toMatchObject({ voice_id: 'v-en', avatar_id: 'none' });
  });
});
