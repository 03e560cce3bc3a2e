import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openPostgresStore, openSqliteStore, PostgresStore, SqliteStore, type Store, type WebhookDeliveryRecord } from '../../src/store/index.js';
import { callbackSecretFor, WebhookDispatcher, type NotifyInput, type WebhookDispatcherOptions } from '../../src/webhooks/index.js';
import { dropSchemas, freshSchemaName, testDatabaseUrl } from '../store/postgres/pg-test-db.js';

/** Two handles on one database, as two API processes would have them (two connections / two pools). */
interface SharedDatabase {
  first: Store;
  second: Store;
  close(): Promise<void>;
}

const folders: string[] = [];
const schemas: string[] = [];
afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
  await dropSchemas(schemas);
});

async function sqliteShared(): Promise<SharedDatabase> {
  const folder = await mkdtemp(join(tmpdir(), 'ova-webhooks-shared-'));
  folders.push(folder);
  const first = await openSqliteStore(join(folder, 'ova.sqlite'));
  const second = new SqliteStore(first.path);
  return { first, second, close: async () => Promise.all([first.close(), second.close()]).then(() => undefined) };
}

async function postgresShared(): Promise<SharedDatabase> {
  const schema = freshSchemaName('webhooks');
  schemas.push(schema);
  const first = await openPostgresStore(testDatabaseUrl as string, { schema, maxConnections: 4 });
  const second = new PostgresStore(testDatabaseUrl as string, { schema, maxConnections: 4 });
  return { first, second, close: async () => Promise.all([first.close(), second.close()]).then(() => undefined) };
}

interface Received {
  id: string;
  /** When the request arrived and when it was answered (Unix ms). */
  at: number;
}

/** A real receiver on loopback; `answer` decides status and delay for each request. */
async function startReceiver(answer: (n: number) => { status: number; delayMs?: number }) {
  const received: Received[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    req.on('end', () => {
      const n = received.length;
      received.push({ id: String(req.headers['webhook-id']), at: Date.now() });
      const { status, delayMs = 0 } = answer(n);
      setTimeout(() => res.writeHead(status).end(), delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

async function waitFor<T>(check: () => Promise<T | null | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const OWNER = 'key_owner_shared';

async function allDeliveries(store: Store): Promise<WebhookDeliveryRecord[]> {
  const out: WebhookDeliveryRecord[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.listWebhookDeliveries(OWNER, { limit: 100, cursor });
    out.push(...page.items);
    cursor = page.next;
  } while (cursor);
  return out;
}

function orphan(url: string, i: number, now: number): WebhookDeliveryRecord {
  return {
    id: `msg_orphan_${i}`,
    owner: OWNER,
    session_id: `ses_${i}`,
    endpoint_id: null,
    url,
    event_type: 'video_agent.success',
    payload: { event_type: 'video_agent.success', event_data: { session_id: `ses_${i}`, video_id: null, url: null, callback_id: null } },
    status: 'pending',
    attempts: [],
    next_attempt_at: now,
    created_at: now - i,
  };
}

function event(url: string, i: number): NotifyInput {
  return {
    owner: OWNER,
    session_id: `ses_n${i}`,
    callback_url: url,
    event_type: 'video_agent.success',
    event_data: { session_id: `ses_n${i}`, video_id: `vid_${i}`, url: null, callback_id: null },
  };
}

const backends: Array<[string, (() => Promise<SharedDatabase>) | null]> = [
  ['SQLite file, two connections', sqliteShared],
  ['PostgreSQL, two pools', testDatabaseUrl === null ? null : postgresShared],
];

for (const [name, open] of backends) {
  if (open === null) {
    describe.skip(`Webhook dispatchers sharing a store: ${name} (TEST_DATABASE_URL is not set)`, () => {
      it('needs PostgreSQL', () => undefined);
    });
    continue;
  }
  const openShared = open;

  describe(`Webhook dispatchers sharing a store: ${name}`, () => {
    const closers: Array<() => Promise<void>> = [];
    afterEach(async () => {
      for (const close of closers.reverse()) await close();
      closers.length = 0;
    });

    async function setUp() {
      const db = await openShared();
      closers.push(db.close);
      return db;
    }

    function dispatcher(store: Store, options: Partial<WebhookDispatcherOptions> = {}) {
      const sent: string[] = [];
      const lost: string[] = [];
      const d = new WebhookDispatcher({
        store,
        secretFor: (owner) => callbackSecretFor('shared-secret', owner),
        pollIntervalMs: 5,
        maxConcurrent: 4,
        ...options,
        onEvent: (e) => {
          if (e.type === 'attempt') sent.push(e.delivery_id);
          if (e.type === 'lease_lost') lost.push(e.delivery_id);
          options.onEvent?.(e);
        },
      });
      closers.push(() => d.stop());
      return { d, sent, lost };
    }

    it('two dispatchers over one store and one receiver deliver every event exactly once', async () => {
      const db = await setUp();
      // A slow receiver widens the window in which both loops see the same due rows.
      const receiver = await startReceiver(() => ({ status: 200, delayMs: 15 }));
      closers.push(receiver.close);
      const now = Date.now();
      // Left pending by a process that went away, so both loops find them due at once.
      for (let i = 0; i < 40; i++) await db.first.insertWebhookDelivery(orphan(receiver.url, i, now));
      const a = dispatcher(db.first);
      const b = dispatcher(db.second);
      a.d.start();
      b.d.start();
      for (let i = 0; i < 10; i++) await (i % 2 === 0 ? a : b).d.notify(event(receiver.url, i));

      const done = await waitFor(async () => {
        const all = await allDeliveries(db.first);
        return all.length === 50 && all.every((d) => d.status !== 'pending') ? all : null;
      });
      expect(done.every((d) => d.status === 'delivered' && d.attempts.length === 1)).toBe(true);
      const ids = receiver.received.map((r) => r.id);
      expect(ids).toHaveLength(50);
      expect(new Set(ids)).toEqual(new Set(done.map((d) => d.id)));
      // Both took part; neither sent what the other sent.
      expect(a.sent.length).toBeGreaterThan(0);
      expect(b.sent.length).toBeGreaterThan(0);
      expect(a.sent.filter((id) => b.sent.includes(id))).toEqual([]);
      expect(a.sent.length + b.sent.length).toBe(50);
    });

    it('a receiver down for a while gets retries with growing waits, one attempt at a time, then exactly one success', async () => {
      const db = await setUp();
      let up = false;
      const receiver = await startReceiver(() => ({ status: up ? 200 : 503 }));
      closers.push(receiver.close);
      const backoffMs = [60, 120, 240, 240, 240, 240, 240, 240];
      const a = dispatcher(db.first, { backoffMs });
      const b = dispatcher(db.second, { backoffMs });
      a.d.start();
      b.d.start();
      const created = [...(await a.d.notify(event(receiver.url, 1))), ...(await b.d.notify(event(receiver.url, 2)))];
      // Down until each delivery has failed three times.
      await waitFor(async () => created.every((d) => receiver.received.filter((r) => r.id === d.id).length >= 3));
      up = true;
      const done = await waitFor(async () => {
        const all = await allDeliveries(db.second);
        return all.every((d) => d.status === 'delivered') ? all : null;
      });

      for (const delivery of done) {
        const requests = receiver.received.filter((r) => r.id === delivery.id);
        // Every request the receiver saw is one recorded attempt, and the other way round.
        expect(delivery.attempts).toHaveLength(requests.length);
        expect(delivery.attempts.length).toBeGreaterThanOrEqual(4);
        expect(delivery.attempts.slice(0, -1).every((t) => t.status_code === 503)).toBe(true);
        expect(delivery.attempts.at(-1)).toMatchObject({ status_code: 200, error: null });
        expect(delivery.next_attempt_at).toBeNull();
        // Each retry waited its backoff after the previous attempt ended, whichever dispatcher sent it.
        for (let i = 1; i < delivery.attempts.length; i++) {
          const previous = delivery.attempts[i - 1]!;
          expect(delivery.attempts[i]!.at - (previous.at + previous.duration_ms)).toBeGreaterThanOrEqual(backoffMs[i - 1]!);
        }
      }
      expect(a.lost).toEqual([]);
      expect(b.lost).toEqual([]);
    });

    it('a lease left by a dispatcher that died mid-send is taken over once it runs out, not before', async () => {
      const db = await setUp();
      const receiver = await startReceiver(() => ({ status: 204 }));
      closers.push(receiver.close);
      const now = Date.now();
      await db.first.insertWebhookDelivery(orphan(receiver.url, 0, now));
      // The dead process claimed it and never settled.
      const leaseUntil = now + 400;
      expect(await db.first.claimWebhookDeliveries({ now, leaseUntil, claimant: 'dead', limit: 1 })).toHaveLength(1);
      const survivor = dispatcher(db.second);
      survivor.d.start();
      const done = await waitFor(async () => {
        const [d] = await allDeliveries(db.first);
        return d && d.status === 'delivered' ? d : null;
      });
      expect(receiver.received).toHaveLength(1);
      expect(receiver.received[0]!.at).toBeGreaterThanOrEqual(leaseUntil);
      expect(done.attempts).toHaveLength(1);
      expect(survivor.sent).toEqual([done.id]);
    });

    it('a dispatcher whose lease ran out mid-send does not overwrite the attempt of the one that took over', async () => {
      const db = await setUp();
      // The first request hangs past the slow dispatcher's lease; later ones answer at once.
      const receiver = await startReceiver((n) => (n === 0 ? { status: 500, delayMs: 600 } : { status: 200 }));
      closers.push(receiver.close);
      const slow = dispatcher(db.first, { leaseMs: 100, timeoutMs: 2000 });
      const [created] = await slow.d.notify(event(receiver.url, 7));
      await waitFor(async () => receiver.received.length === 1);
      const other = dispatcher(db.second);
      other.d.start();
      await waitFor(async () => (other.sent.length === 1 ? true : null));
      await slow.d.stop();

      expect(slow.lost).toEqual([created!.id]);
      expect(slow.sent).toEqual([]);
      const [final] = await allDeliveries(db.first);
      expect(final).toMatchObject({ id: created!.id, status: 'delivered' });
      // Only the attempt of the holder of the lease is recorded.
      expect(final!.attempts.map((t) => t.status_code)).toEqual([200]);
    });
  });
}
