import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore, type Store, type WebhookDeliveryRecord } from '../../src/store/index.js';
import {
  callbackSecretFor,
  createWebhookSecret,
  verifyWebhook,
  WebhookDispatcher,
  type WebhookDispatcherOptions,
  type NotifyInput,
} from '../../src/webhooks/index.js';

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

/** A real HTTP receiver on loopback whose answer to the n-th request (0-based) the test decides. */
async function startReceiver(answer: (n: number, res: ServerResponse) => void): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const n = received.length;
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      answer(n, res);
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

async function waitFor<T>(check: () => Promise<T | null | undefined | false>, timeoutMs = 5000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const SERVER_SECRET = 'test-server-secret';
const OWNER = 'key_owner_1';
const ownerSecret = callbackSecretFor(SERVER_SECRET, OWNER);

let dir: string;
let store: Store;
let closers: Array<() => Promise<void>>;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ova-webhooks-'));
  store = await openSqliteStore(join(dir, 'store.db'));
  closers = [];
});

afterEach(async () => {
  for (const close of closers.reverse()) await close();
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

function dispatcher(options: Partial<WebhookDispatcherOptions> = {}, on: Store = store): WebhookDispatcher {
  const d = new WebhookDispatcher({ store: on, secretFor: (owner) => callbackSecretFor(SERVER_SECRET, owner), pollIntervalMs: 10, ...options });
  closers.push(() => d.stop());
  return d;
}

function event(url: string | null): NotifyInput {
  return {
    owner: OWNER,
    session_id: 'ses_1',
    callback_url: url,
    event_type: 'video_agent.success',
    event_data: { session_id: 'ses_1', video_id: 'vid_1', url: 'http://127.0.0.1/v/vid_1.mp4', callback_id: 'cb-42' },
  };
}

async function delivery(id: string, owner = OWNER, on: Store = store): Promise<WebhookDeliveryRecord> {
  const page = await on.listWebhookDeliveries(owner, { limit: 100, cursor: null });
  const found = page.items.find((d) => d.id === id);
  if (!found) throw new Error(`no delivery ${id}`);
  return found;
}

async function settled(id: string, on: Store = store): Promise<WebhookDeliveryRecord> {
  return waitFor(async () => {
    const d = await delivery(id, OWNER, on);
    return d.status !== 'pending' ? d : null;
  });
}

describe('WebhookDispatcher', () => {
  it('delivers the API payload with both signatures verifiable by the receiver', async () => {
    const receiver = await startReceiver((_n, res) => res.writeHead(200).end('ok'));
    closers.push(receiver.close);
    const [created] = await dispatcher().notify(event(receiver.url));
    const done = await settled(created!.id);

    expect(done.status).toBe('delivered');
    expect(done.attempts).toHaveLength(1);
    expect(done.attempts[0]).toMatchObject({ status_code: 200, error: null });
    expect(done.next_attempt_at).toBeNull();
    const [got] = receiver.received;
    expect(got!.headers['content-type']).toBe('application/json');
    expect(got!.headers['webhook-id']).toBe(created!.id);
    expect(JSON.parse(got!.body)).toEqual({
      event_type: 'video_agent.success',
      event_data: { session_id: 'ses_1', video_id: 'vid_1', url: 'http://127.0.0.1/v/vid_1.mp4', callback_id: 'cb-42' },
    });
    expect(verifyWebhook(ownerSecret, got!.headers, got!.body, 60)).toBe(true);
    expect(got!.headers['x-heygen-signature']).toMatch(/^[0-9a-f]{64}$/);
    const forged = { ...got!.headers, 'x-heygen-signature': '0'.repeat(64) };
    expect(verifyWebhook(ownerSecret, forged, got!.body, 60)).toBe(false);
    expect(verifyWebhook(callbackSecretFor(SERVER_SECRET, 'someone_else'), got!.headers, got!.body, 60)).toBe(false);
  });

  it('does not block the caller on a slow receiver', async () => {
    const receiver = await startReceiver((_n, res) => setTimeout(() => res.writeHead(200).end(), 400));
    closers.push(receiver.close);
    const started = Date.now();
    const [created] = await dispatcher().notify(event(receiver.url));
    expect(Date.now() - started).toBeLessThan(300);
    expect((await delivery(created!.id)).status).toBe('pending');
    expect((await settled(created!.id)).status).toBe('delivered');
  });

  it('retries a receiver that fails twice, then records three attempts under one webhook-id', async () => {
    const receiver = await startReceiver((n, res) => res.writeHead(n < 2 ? 500 : 200).end());
    closers.push(receiver.close);
    const events: string[] = [];
    const d = dispatcher({ backoffMs: [30, 30, 30], onEvent: (e) => e.type === 'attempt' && events.push(e.outcome) });
    d.start();
    const [created] = await d.notify(event(receiver.url));
    const done = await settled(created!.id);

    expect(done.status).toBe('delivered');
    expect(done.attempts.map((a) => a.status_code)).toEqual([500, 500, 200]);
    expect(done.attempts[0]!.error).toContain('500');
    expect(done.attempts[1]!.at - done.attempts[0]!.at).toBeGreaterThanOrEqual(30);
    expect(events).toEqual(['retrying', 'retrying', 'delivered']);
    expect(receiver.received).toHaveLength(3);
    expect(new Set(receiver.received.map((r) => r.headers['webhook-id']))).toEqual(new Set([created!.id]));
    for (const r of receiver.received) expect(verifyWebhook(ownerSecret, r.headers, r.body, 60)).toBe(true);
  });

  it('times out a receiver that never answers, retries it, and fails the delivery after the last attempt', async () => {
    const held: ServerResponse[] = [];
    const receiver = await startReceiver((_n, res) => held.push(res));
    closers.push(async () => {
      for (const res of held) res.destroy();
      await receiver.close();
    });
    const d = dispatcher({ backoffMs: [30], timeoutMs: 200 });
    d.start();
    const [created] = await d.notify(event(receiver.url));
    const done = await settled(created!.id);

    expect(done.status).toBe('failed');
    expect(done.next_attempt_at).toBeNull();
    expect(done.attempts).toHaveLength(2);
    for (const attempt of done.attempts) {
      expect(attempt.status_code).toBeNull();
      expect(attempt.error).toMatch(/No answer within 200 ms/);
      expect(attempt.duration_ms).toBeGreaterThanOrEqual(190);
      expect(attempt.duration_ms).toBeLessThan(1500);
    }
    expect(receiver.received).toHaveLength(2);
  });

  it('fails a delivery after its last attempt and sends no more', async () => {
    const receiver = await startReceiver((_n, res) => res.writeHead(503).end());
    closers.push(receiver.close);
    const d = dispatcher({ backoffMs: [20, 20] });
    d.start();
    const [created] = await d.notify(event(receiver.url));
    const done = await settled(created!.id);
    expect(done.status).toBe('failed');
    expect(done.attempts.map((a) => a.status_code)).toEqual([503, 503, 503]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(receiver.received).toHaveLength(3);
  });

  it('records a refused connection as an attempt error', async () => {
    const receiver = await startReceiver((_n, res) => res.end());
    await receiver.close();
    const [created] = await dispatcher({ backoffMs: [] }).notify(event(receiver.url));
    const done = await settled(created!.id);
    expect(done.status).toBe('failed');
    expect(done.attempts[0]!.error).toContain('ECONNREFUSED');
  });

  it('stops retrying when the receiver answers 410 Gone', async () => {
    const receiver = await startReceiver((_n, res) => res.writeHead(410).end());
    closers.push(receiver.close);
    const d = dispatcher({ backoffMs: [10, 10, 10] });
    d.start();
    const [created] = await d.notify(event(receiver.url));
    const done = await settled(created!.id);
    expect(done.status).toBe('failed');
    expect(done.attempts).toHaveLength(1);
  });

  it('leaves a pending retry that a restarted dispatcher (new instance, store reopened) delivers', async () => {
    const receiver = await startReceiver((n, res) => res.writeHead(n === 0 ? 500 : 204).end());
    closers.push(receiver.close);
    const path = join(dir, 'restart.db');
    const first = await openSqliteStore(path);
    const old = dispatcher({ backoffMs: [150] }, first);
    const [created] = await old.notify(event(receiver.url));
    await waitFor(async () => (await delivery(created!.id, OWNER, first)).attempts.length === 1);
    await old.stop();
    const left = await delivery(created!.id, OWNER, first);
    expect(left.status).toBe('pending');
    expect(left.next_attempt_at).toBeGreaterThan(Date.now());
    await first.close();

    const reopened = await openSqliteStore(path);
    closers.push(() => reopened.close());
    const fresh = dispatcher({ backoffMs: [150] }, reopened);
    fresh.start();
    const done = await settled(created!.id, reopened);
    expect(done.status).toBe('delivered');
    expect(done.attempts.map((a) => a.status_code)).toEqual([500, 204]);
    expect(receiver.received.map((r) => r.headers['webhook-id'])).toEqual([created!.id, created!.id]);
  });

  it('sends a delivery stored by a process that died before its first attempt', async () => {
    const receiver = await startReceiver((_n, res) => res.writeHead(200).end());
    closers.push(receiver.close);
    const now = Date.now();
    await store.insertWebhookDelivery({
      id: 'msg_orphan',
      owner: OWNER,
      session_id: 'ses_9',
      endpoint_id: null,
      url: receiver.url,
      event_type: 'video_agent.fail',
      payload: { event_type: 'video_agent.fail', event_data: { session_id: 'ses_9', video_id: null, url: null, callback_id: null, msg: 'boom' } },
      status: 'pending',
      attempts: [],
      next_attempt_at: now,
      created_at: now,
    });
    dispatcher().start();
    const done = await settled('msg_orphan');
    expect(done.status).toBe('delivered');
    expect(receiver.received).toHaveLength(1);
    expect(JSON.parse(receiver.received[0]!.body).event_data.msg).toBe('boom');
  });

  it('notifies the registered endpoints that take the event, each signed with its own secret', async () => {
    const receiver = await startReceiver((_n, res) => res.writeHead(200).end());
    closers.push(receiver.close);
    const secret = createWebhookSecret();
    const base = { owner: OWNER, created_at: Date.now(), secret };
    await store.insertWebhookEndpoint({ ...base, id: 'ep_all', url: `${receiver.url}?ep=all`, events: [], status: 'active' });
    await store.insertWebhookEndpoint({ ...base, id: 'ep_success', url: `${receiver.url}?ep=success`, events: ['video_agent.success'], status: 'active' });
    await store.insertWebhookEndpoint({ ...base, id: 'ep_fail', url: `${receiver.url}?ep=fail`, events: ['video_agent.fail'], status: 'active' });
    await store.insertWebhookEndpoint({ ...base, id: 'ep_off', url: `${receiver.url}?ep=off`, events: [], status: 'disabled' });
    await store.insertWebhookEndpoint({ ...base, owner: 'other', id: 'ep_other', url: `${receiver.url}?ep=other`, events: [], status: 'active' });

    const created = await dispatcher().notify(event(null));
    expect(created.map((d) => d.endpoint_id).sort()).toEqual(['ep_all', 'ep_success']);
    for (const d of created) expect((await settled(d.id)).status).toBe('delivered');
    expect(receiver.received).toHaveLength(2);
    for (const r of receiver.received) {
      expect(verifyWebhook(secret, r.headers, r.body, 60)).toBe(true);
      expect(verifyWebhook(ownerSecret, r.headers, r.body, 60)).toBe(false);
    }
  });

  it('fails a pending delivery whose endpoint was deleted before the retry', async () => {
    const receiver = await startReceiver((_n, res) => res.writeHead(500).end());
    closers.push(receiver.close);
    await store.insertWebhookEndpoint({ id: 'ep_1', owner: OWNER, url: receiver.url, events: [], status: 'active', secret: createWebhookSecret(), created_at: Date.now() });
    const d = dispatcher({ backoffMs: [50, 50] });
    const [created] = await d.notify(event(null));
    await waitFor(async () => (await delivery(created!.id)).attempts.length === 1);
    await store.deleteWebhookEndpoint('ep_1');
    d.start();
    const done = await settled(created!.id);
    expect(done.status).toBe('failed');
    expect(done.attempts).toHaveLength(2);
    expect(done.attempts[1]!.error).toMatch(/deleted or disabled/);
    expect(receiver.received).toHaveLength(1);
  });

  it('waits longer when the receiver asks with Retry-After', async () => {
    const receiver = await startReceiver((_n, res) => res.writeHead(503, { 'retry-after': '2' }).end());
    closers.push(receiver.close);
    const [created] = await dispatcher({ backoffMs: [20, 10_000] }).notify(event(receiver.url));
    const after = await waitFor(async () => {
      const d = await delivery(created!.id);
      return d.attempts.length === 1 && d.next_attempt_at !== null && d.next_attempt_at > d.created_at + 1000 ? d : null;
    });
    expect(after.next_attempt_at! - after.attempts[0]!.at).toBeGreaterThanOrEqual(2000);
  });

  it('counts a missing signing secret as a failed attempt instead of looping on it', async () => {
    const receiver = await startReceiver((_n, res) => res.writeHead(200).end());
    closers.push(receiver.close);
    const d = dispatcher({
      backoffMs: [10],
      secretFor: () => {
        throw new Error('no secret configured');
      },
    });
    d.start();
    const [created] = await d.notify(event(receiver.url));
    const done = await settled(created!.id);
    expect(done.status).toBe('failed');
    expect(done.attempts.map((a) => a.error)).toEqual(['No signing secret: no secret configured', 'No signing secret: no secret configured']);
    expect(receiver.received).toHaveLength(0);
  });

  it('stop() waits for the sends in flight', async () => {
    const receiver = await startReceiver((_n, res) => setTimeout(() => res.writeHead(200).end(), 200));
    closers.push(receiver.close);
    const d = dispatcher();
    const [created] = await d.notify(event(receiver.url));
    await d.stop();
    expect((await delivery(created!.id)).status).toBe('delivered');
  });
});
