import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { messageEventOf, statusEventOf, type EventBus, type SessionEvent } from '../../src/events/index.js';
import type { SessionRecord, Store } from '../../src/store/index.js';
import { makeMessage, makeSession } from '../store/store-fixtures.js';

/** What one adapter's test file hands the suite: a store and buses on it, as processes sharing it would open them. */
export interface EventBusFixture {
  store: Store;
  /** A bus as one process opens it; resolves once it hears the others. */
  open(): Promise<EventBus>;
  /** Cuts the listening connection of every bus opened here, as a database restart would. */
  dropConnections?(): Promise<void>;
  close(): Promise<void>;
}

export interface EventBusAdapter {
  name: string;
  /** Buses opened by one fixture hear each other (processes sharing a database). */
  shared: boolean;
  /** The adapter has a connection to lose, and re-reads followed sessions' statuses when it is back. */
  reconnects: boolean;
  setup(): Promise<EventBusFixture>;
}

/** Listens to `key` on `bus`, collecting what it hears. */
function hear(bus: EventBus, key: string | '*') {
  const events: SessionEvent[] = [];
  const unsubscribe = bus.subscribe(key, (event) => events.push(event));
  return { events, unsubscribe };
}

async function until(what: string, check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const progressOf = (session: SessionRecord, progress: number): SessionEvent => ({ type: 'progress', session_id: session.id, progress, stage: 'encode' });

/**
 * The EventBus contract, run against every adapter (test/events/*-event-bus.test.ts): delivery by session and
 * to '*', in order, once per subscriber, whole events in every process, unsubscribe, and recovery after a lost
 * connection.
 */
export function describeEventBusConformance(adapter: EventBusAdapter): void {
  describe(`EventBus conformance: ${adapter.name}`, () => {
    let fixture: EventBusFixture;
    let bus: EventBus;
    let session: SessionRecord;
    let other: SessionRecord;

    beforeEach(async () => {
      fixture = await adapter.setup();
      bus = await fixture.open();
      session = makeSession({ title: 'Tides', status: 'generating', progress: 40 });
      other = makeSession();
      await fixture.store.insertSession(session);
      await fixture.store.insertSession(other);
    });
    afterEach(async () => fixture.close());

    /** A stored message and its event, as a session run publishes it. */
    const storedMessage = async (content = 'Here is the storyboard.') => {
      const message = await fixture.store.appendMessage(makeMessage(session.id, { role: 'model', content }));
      return { type: 'message', session_id: session.id, message: messageEventOf(message) } satisfies SessionEvent;
    };

    it("a session's subscriber hears its events in order, and no other session's", async () => {
      const mine = hear(bus, session.id);
      const message = await storedMessage();
      bus.publish(statusEventOf(session));
      bus.publish(progressOf(other, 10));
      bus.publish(progressOf(session, 50));
      bus.publish(message);
      await until('three events', () => mine.events.length >= 3);
      expect(mine.events).toEqual([statusEventOf(session), progressOf(session, 50), message]);
    });

    it("a subscriber to '*' hears every session", async () => {
      const all = hear(bus, '*');
      bus.publish(progressOf(session, 1));
      bus.publish(progressOf(other, 2));
      await until('two events', () => all.events.length >= 2);
      expect(all.events).toEqual([progressOf(session, 1), progressOf(other, 2)]);
    });

    it('an unsubscribed listener hears nothing more, and unsubscribing twice is harmless', async () => {
      const first = hear(bus, session.id);
      const second = hear(bus, session.id);
      first.unsubscribe();
      first.unsubscribe();
      bus.publish(progressOf(session, 5));
      await until('the remaining subscriber to hear it', () => second.events.length >= 1);
      expect(first.events).toEqual([]);
      expect(second.events).toEqual([progressOf(session, 5)]);
    });

    it('each subscriber in the publishing process hears an event once', async () => {
      const a = hear(bus, session.id);
      const b = hear(bus, session.id);
      const all = hear(bus, '*');
      bus.publish(progressOf(session, 7));
      if (adapter.shared) {
        // The event has crossed the database once another process heard it; a sentinel from that process, sent
        // after, reaches us after our own notice would have: anything delivered twice is in by then.
        const peer = await fixture.open();
        const peerHeard = hear(peer, session.id);
        bus.publish(progressOf(session, 8));
        await until('the peer to hear it', () => peerHeard.events.length >= 1);
        peer.publish(progressOf(session, 9));
        await until('the sentinel', () => a.events.some((event) => event.type === 'progress' && event.progress === 9));
      }
      const progresses = (events: SessionEvent[]) => events.map((event) => (event.type === 'progress' ? event.progress : -1));
      const expected = adapter.shared ? [7, 8, 9] : [7];
      expect(progresses(a.events)).toEqual(expected);
      expect(progresses(b.events)).toEqual(expected);
      expect(progresses(all.events)).toEqual(expected);
    });

    it.skipIf(!adapter.shared)("another process's subscribers hear whole events once, bodies and titles read from the store", async () => {
      const peer = await fixture.open();
      const there = hear(peer, session.id);
      const everything = hear(peer, '*');
      // Far over NOTIFY's 8000-byte payload: only the id may cross.
      const long = await storedMessage('A storyboard line. '.repeat(1200));
      bus.publish(statusEventOf(session));
      bus.publish(progressOf(session, 60));
      bus.publish(long);
      bus.publish(progressOf(other, 3));
      await until('four events on *', () => everything.events.length >= 4);
      expect(there.events).toEqual([statusEventOf(session), progressOf(session, 60), long]);
      expect(everything.events).toEqual([statusEventOf(session), progressOf(session, 60), long, progressOf(other, 3)]);
      // Once each: a sentinel published after them (one sender, in order) arrives after any repeat would have.
      bus.publish(progressOf(session, 61));
      await until('the sentinel', () => there.events.some((event) => event.type === 'progress' && event.progress === 61));
      expect(there.events).toHaveLength(4);
    });

    it.skipIf(!adapter.reconnects)('after its connection is cut, a bus reconnects, re-delivers the status its subscribers may have missed, and hears new events', async () => {
      const peer = await fixture.open();
      const there = hear(peer, session.id);
      // The session ends while the peer cannot hear: as if its NOTIFY was lost with the connection.
      const ended = await fixture.store.updateSession(session.id, { status: 'completed', progress: 100, video_id: 'vid_1' });
      await fixture.dropConnections!();
      await until('the final status, re-read after reconnecting', () => there.events.some((event) => event.type === 'status' && event.status === 'completed'));
      expect(there.events.filter((event) => event.type === 'status')).toEqual([statusEventOf(ended!)]);
      bus.publish(progressOf(session, 100));
      await until('a new event', () => there.events.some((event) => event.type === 'progress'));
    });
  });
}
