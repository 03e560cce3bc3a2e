import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerFromKey } from '../../../src/api/http/index.js';
import { parseEventStream, type ServerSentEvent } from '../../../src/client/index.js';
import { InProcessEventBus, messageEventOf, type SessionEvent } from '../../../src/events/index.js';
import type { SessionService } from '../../../src/sessions/index.js';
import type { SessionRecord } from '../../../src/store/index.js';
import { makeMessage, makeSession } from '../../store/store-fixtures.js';
import { KEY_A, KEY_B, startHarness, type Harness } from '../api-harness.js';

const bus = new InProcessEventBus();
/** Subscriptions the route holds now. */
let subscriptions = 0;
/** The session service as the events route uses it: subscribe goes to the bus, as SessionManager's does. */
const sessions = new Proxy({} as SessionService, {
  get: (_target, name) =>
    name === 'subscribe'
      ? (id: string, listener: (event: SessionEvent) => void) => {
          subscriptions += 1;
          const unsubscribe = bus.subscribe(id, listener);
          return () => {
            subscriptions -= 1;
            unsubscribe();
          };
        }
      : () => {
          throw new Error(`SessionService.${String(name)} is not used by these tests`);
        },
});

let harness: Harness;
let base: string;
beforeAll(async () => {
  harness = await startHarness({ sessions });
  await harness.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(harness.app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await harness.close();
  await bus.close();
});

/** A GET /events client reading frames one by one. */
async function open(sessionId: string, headers: Record<string, string> = {}) {
  const controller = new AbortController();
  const response = await fetch(`${base}/v3/video-agents/${sessionId}/events`, { headers: { 'x-api-key': KEY_A, ...headers }, signal: controller.signal });
  const frames = response.body ? parseEventStream(response.body, controller.signal) : null;
  return {
    response,
    async take(count: number): Promise<ServerSentEvent[]> {
      const out: ServerSentEvent[] = [];
      while (out.length < count) {
        const next = await frames!.next();
        if (next.done) throw new Error(`the stream ended after ${out.length} events`);
        out.push(next.value);
      }
      return out;
    },
    close: () => controller.abort(),
  };
}

const mine = (overrides: Partial<SessionRecord> = {}) => makeSession({ owner: ownerFromKey(KEY_A), title: 'Tides', ...overrides });

async function stored(session: SessionRecord, content: string): Promise<SessionEvent> {
  const message = await harness.deps.store.appendMessage(makeMessage(session.id, { role: 'model', content }));
  return { type: 'message', session_id: session.id, message: messageEventOf(message) };
}

/** Waits until the route has subscribed (it reads the store first), so a publish is heard. */
async function subscribed(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 50));
}

const dataOf = (frame: ServerSentEvent) => JSON.parse(frame.data) as Record<string, any>;

describe('GET /v3/video-agents/{id}/events', () => {
  it("opens with the session's current status from the store; every event carries an id", async () => {
    const session = mine({ status: 'generating', progress: 41.6 });
    await harness.deps.store.insertSession(session);
    await stored(session, 'Rendering now.');
    const stream = await open(session.id);
    expect(stream.response.headers.get('content-type')).toContain('text/event-stream');
    const [first] = await stream.take(1);
    expect(first).toMatchObject({ event: 'status', id: '1.1' });
    expect(dataOf(first!)).toEqual({ session_id: session.id, status: 'generating', progress: 42, title: 'Tides', video_id: null });

    await subscribed();
    const message = await stored(session, 'Almost there.');
    bus.publish({ type: 'progress', session_id: session.id, progress: 80, stage: 'encode' });
    bus.publish(message);
    bus.publish({ type: 'status', session_id: session.id, status: 'completed', progress: 100, title: 'Tides', video_id: 'vid_1' });
    const frames = await stream.take(3);
    stream.close();
    expect(frames.map((frame) => [frame.event, frame.id])).toEqual([['progress', '1.2'], ['message', '2'], ['status', '2.1']]);
    expect(dataOf(frames[1]!)).toMatchObject({ session_id: session.id, message: { content: 'Almost there.', role: 'model', seq: 2 } });
  });

  it('a client that connects after the session ended still hears the final status', async () => {
    const session = mine({ status: 'completed', progress: 100, video_id: 'vid_done' });
    await harness.deps.store.insertSession(session);
    const stream = await open(session.id);
    const [first] = await stream.take(1);
    stream.close();
    expect(first!.event).toBe('status');
    expect(dataOf(first!)).toMatchObject({ status: 'completed', video_id: 'vid_done' });
  });

  it('a client reconnecting with Last-Event-ID gets the current status first, then the messages it missed, once', async () => {
    const session = mine({ status: 'generating' });
    await harness.deps.store.insertSession(session);
    const first = await open(session.id);
    await first.take(1);
    await subscribed();
    bus.publish(await stored(session, 'one'));
    const [heard] = await first.take(1);
    first.close();
    expect(heard!.id).toBe('1');

    // Missed while away (published to nobody): two messages and the end.
    await stored(session, 'two');
    await stored(session, 'three');
    await harness.deps.store.updateSession(session.id, { status: 'completed', progress: 100 });
    const again = await open(session.id, { 'last-event-id': heard!.id! });
    const frames = await again.take(3);
    expect(frames.map((frame) => [frame.event, frame.id])).toEqual([['status', '1.1'], ['message', '2'], ['message', '3']]);
    expect(dataOf(frames[0]!).status).toBe('completed');
    expect(frames.slice(1).map((frame) => dataOf(frame).message.content)).toEqual(['two', 'three']);
    // A live repeat of a message the stream has sent is not sent again; new ones are.
    await subscribed();
    bus.publish(await stored(session, 'four'));
    const [next] = await again.take(1);
    again.close();
    expect([next!.id, dataOf(next!).message.content]).toEqual(['4', 'four']);
  });

  it('a Last-Event-ID that is not ours, or ahead of the store, opens with the current state and no replay', async () => {
    const session = mine({ status: 'reviewing' });
    await harness.deps.store.insertSession(session);
    await stored(session, 'the storyboard');
    for (const lastEventId of ['not-an-id', '99']) {
      const stream = await open(session.id, { 'last-event-id': lastEventId });
      const [first] = await stream.take(1);
      await subscribed();
      bus.publish({ type: 'progress', session_id: session.id, progress: 5, stage: 'plan' });
      const [second] = await stream.take(1);
      stream.close();
      expect([first!.event, second!.event]).toEqual(['status', 'progress']);
      expect(second!.id).toBe('1.2');
    }
  });

  it('clients that went away are unsubscribed from the bus', async () => {
    const settled = async (count: number) => {
      const deadline = Date.now() + 5_000;
      while (subscriptions !== count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      return subscriptions;
    };
    // Every stream of the tests above has been closed by its client.
    expect(await settled(0)).toBe(0);
    const session = mine();
    await harness.deps.store.insertSession(session);
    const stream = await open(session.id);
    try {
      await stream.take(1);
      expect(subscriptions).toBe(1);
    } finally {
      stream.close();
    }
    expect(await settled(0)).toBe(0);
  });

  it("another key's session is a 404 in the error envelope, not a stream", async () => {
    const session = mine();
    await harness.deps.store.insertSession(session);
    const stream = await open(session.id, { 'x-api-key': KEY_B });
    expect(stream.response.status).toBe(404);
    expect(((await stream.response.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });
});
