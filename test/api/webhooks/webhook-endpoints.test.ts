import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerFromKey } from '../../../src/api/index.js';
import { SqliteStore } from '../../../src/store/index.js';
import { verifyWebhook, WebhookDispatcher } from '../../../src/webhooks/index.js';
import { KEY_A, KEY_B, startHarness, type Harness } from '../api-harness.js';

type Injected = Awaited<ReturnType<Harness['call']>>;

function expectError(response: Injected, status: number, code: string, param?: string): void {
  expect(response.statusCode, response.body).toBe(status);
  const body = response.json();
  expect(body.error.code).toBe(code);
  if (param !== undefined) expect(body.error.param).toBe(param);
  expect(response.headers['x-request-id']).toBeTruthy();
}

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

/**
 * A real receiver on loopback; `port` lets a test bring it back on the port it had; `status` decides each answer
 * (200 by default).
 */
async function startReceiver(
  port = 0,
  status: () => number = () => 200,
): Promise<{ server: Server; url: string; port: number; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(status()).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const bound = (server.address() as AddressInfo).port;
  return {
    server,
    url: `http://127.0.0.1:${bound}/hook`,
    port: bound,
    received,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

async function waitUntil<T>(check: () => Promise<T | null | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('registered webhook endpoints (strict outbound policy)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.close());

  it('creates an endpoint: id, url, events, status, created_at and a whsec_ secret', async () => {
    const response = await h.call('POST', '/v3/webhooks/endpoints', { url: 'https://hooks.example.com/ova', events: ['video_agent.success'] });
    expect(response.statusCode, response.body).toBe(200);
    const data = response.json().data;
    expect(data).toMatchObject({ url: 'https://hooks.example.com/ova', events: ['video_agent.success'], status: 'active' });
    expect(data.endpoint_id).toMatch(/^whe_/);
    expect(data.secret).toMatch(/^whsec_/);
    expect(Number.isInteger(data.created_at)).toBe(true);
    expect(Math.abs(data.created_at - Date.now() / 1000)).toBeLessThan(60);
  });

  it('lists endpoints newest first without their secrets, paged', async () => {
    const second = (await h.call('POST', '/v3/webhooks/endpoints', { url: 'https://hooks.example.com/second' })).json().data;
    const list = await h.call('GET', '/v3/webhooks/endpoints?limit=1');
    expect(list.statusCode).toBe(200);
    const body = list.json();
    expect(body.data).toHaveLength(1);
    expect(body.data[0].endpoint_id).toBe(second.endpoint_id);
    expect(body.data[0].events).toEqual([]);
    expect(body.data[0]).not.toHaveProperty('secret');
    expect(body.has_more).toBe(true);
    const next = (await h.call('GET', `/v3/webhooks/endpoints?limit=1&token=${encodeURIComponent(body.next_token)}`)).json();
    expect(next.data[0].endpoint_id).not.toBe(second.endpoint_id);
    expect(next.data[0]).not.toHaveProperty('secret');
  });

  it('patches url, events and status; the secret is not shown', async () => {
    const created = (await h.call('POST', '/v3/webhooks/endpoints', { url: 'https://hooks.example.com/a' })).json().data;
    const patched = await h.call('PATCH', `/v3/webhooks/endpoints/${created.endpoint_id}`, {
      url: 'https://hooks.example.com/b',
      events: ['video_agent.fail', 'video_agent.fail'],
      status: 'disabled',
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().data).toEqual({ endpoint_id: created.endpoint_id, url: 'https://hooks.example.com/b', events: ['video_agent.fail'], status: 'disabled', created_at: created.created_at });
    const again = await h.call('PATCH', `/v3/webhooks/endpoints/${created.endpoint_id}`, { status: 'active' });
    expect(again.json().data.status).toBe('active');
    expect(again.json().data.url).toBe('https://hooks.example.com/b');
  });

  it('rotates the secret: a new one, shown once', async () => {
    const created = (await h.call('POST', '/v3/webhooks/endpoints', { url: 'https://hooks.example.com/r' })).json().data;
    const rotated = await h.call('POST', `/v3/webhooks/endpoints/${created.endpoint_id}/rotate-secret`);
    expect(rotated.statusCode, rotated.body).toBe(200);
    expect(rotated.json().data.secret).toMatch(/^whsec_/);
    expect(rotated.json().data.secret).not.toBe(created.secret);
    expect(rotated.json().data.endpoint_id).toBe(created.endpoint_id);
  });

  it('deletes an endpoint; afterwards it is 404 everywhere', async () => {
    const created = (await h.call('POST', '/v3/webhooks/endpoints', { url: 'https://hooks.example.com/d' })).json().data;
    const deleted = await h.call('DELETE', `/v3/webhooks/endpoints/${created.endpoint_id}`);
    expect(deleted.statusCode).toBe(200);
    expect(deleted.json().data).toEqual({ endpoint_id: created.endpoint_id, deleted: true });
    expectError(await h.call('DELETE', `/v3/webhooks/endpoints/${created.endpoint_id}`), 404, 'not_found', 'endpoint_id');
    expectError(await h.call('PATCH', `/v3/webhooks/endpoints/${created.endpoint_id}`, { status: 'active' }), 404, 'not_found', 'endpoint_id');
    const list = (await h.call('GET', '/v3/webhooks/endpoints?limit=100')).json().data;
    expect(list.map((e: { endpoint_id: string }) => e.endpoint_id)).not.toContain(created.endpoint_id);
  });

  it("another key cannot see, change, rotate or delete an endpoint (404), nor list it", async () => {
    const created = (await h.call('POST', '/v3/webhooks/endpoints', { url: 'https://hooks.example.com/private' })).json().data;
    const asB = { 'x-api-key': KEY_B };
    expectError(await h.call('PATCH', `/v3/webhooks/endpoints/${created.endpoint_id}`, { status: 'disabled' }, asB), 404, 'not_found', 'endpoint_id');
    expectError(await h.call('POST', `/v3/webhooks/endpoints/${created.endpoint_id}/rotate-secret`, {}, asB), 404, 'not_found', 'endpoint_id');
    expectError(await h.call('DELETE', `/v3/webhooks/endpoints/${created.endpoint_id}`, undefined, asB), 404, 'not_found', 'endpoint_id');
    const listB = (await h.call('GET', '/v3/webhooks/endpoints?limit=100', undefined, asB)).json().data;
    expect(listB.map((e: { endpoint_id: string }) => e.endpoint_id)).not.toContain(created.endpoint_id);
    const mine = (await h.call('GET', '/v3/webhooks/endpoints?limit=100')).json().data;
    expect(mine.find((e: { endpoint_id: string }) => e.endpoint_id === created.endpoint_id)?.status).toBe('active');
  });

  it('bad bodies → 400 validation_error naming the field', async () => {
    expectError(await h.call('POST', '/v3/webhooks/endpoints', {}), 400, 'validation_error', 'url');
    expectError(await h.call('POST', '/v3/webhooks/endpoints', { url: '' }), 400, 'validation_error', 'url');
    expectError(await h.call('POST', '/v3/webhooks/endpoints', { url: 42 }), 400, 'validation_error', 'url');
    expectError(await h.call('POST', '/v3/webhooks/endpoints', { url: 'x'.repeat(3000) }), 400, 'validation_error', 'url');
    expectError(await h.call('POST', '/v3/webhooks/endpoints', { url: 'not a url' }), 400, 'validation_error', 'url');
    expectError(await h.call('POST', '/v3/webhooks/endpoints', { url: 'ftp://hooks.example.com/x' }), 400, 'validation_error', 'url');
    expectError(await h.call('POST', '/v3/webhooks/endpoints', { url: 'https://hooks.example.com', events: ['video.done'] }), 400, 'validation_error', 'events[0]');
    expectError(await h.call('POST', '/v3/webhooks/endpoints', { url: 'https://hooks.example.com', events: 'video_agent.success' }), 400, 'validation_error', 'events');
    expectError(await h.call('POST', '/v3/webhooks/endpoints', '[1,2', { 'content-type': 'application/json' }), 400, 'validation_error');
    const created = (await h.call('POST', '/v3/webhooks/endpoints', { url: 'https://hooks.example.com/p' })).json().data;
    expectError(await h.call('PATCH', `/v3/webhooks/endpoints/${created.endpoint_id}`, {}), 400, 'validation_error');
    expectError(await h.call('PATCH', `/v3/webhooks/endpoints/${created.endpoint_id}`, { status: 'paused' }), 400, 'validation_error', 'status');
    expectError(await h.call('PATCH', `/v3/webhooks/endpoints/${created.endpoint_id}`, { url: 'http://10.0.0.7/hook' }), 400, 'validation_error', 'url');
    expectError(await h.call('GET', '/v3/webhooks/endpoints?limit=0'), 400, 'validation_error', 'limit');
    expectError(await h.call('PATCH', '/v3/webhooks/endpoints/whe_nope', { status: 'active' }), 404, 'not_found', 'endpoint_id');
    expectError(await h.call('POST', '/v3/webhooks/endpoints/whe_nope/rotate-secret'), 404, 'not_found', 'endpoint_id');
  });

  it('refuses loopback, private, link-local, CGNAT, metadata and unspecified addresses by default', async () => {
    const refused = [
      'http://127.0.0.1:8080/hook',
      'http://localhost/hook',
      'http://api.localhost/hook',
      'http://[::1]/hook',
      'http://10.1.2.3/hook',
      'http://172.20.0.1/hook',
      'http://192.168.0.10/hook',
      'http://169.254.169.254/latest/meta-data/',
      'http://[fd00:ec2::254]/latest/meta-data/',
      'http://[fe80::1]/hook',
      'http://100.64.0.1/hook',
      'http://0.0.0.0/hook',
      'http://[::ffff:127.0.0.1]/hook',
      'http://2130706433/hook',
      'http://0x7f.1/hook',
    ];
    for (const url of refused) {
      const response = await h.call('POST', '/v3/webhooks/endpoints', { url });
      expectError(response, 400, 'validation_error', 'url');
      expect(response.json().error.message).toMatch(/refused/);
    }
  });

  it('requires a key (401)', async () => {
    expectError(await h.call('GET', '/v3/webhooks/endpoints', undefined, { 'x-api-key': 'nope' }), 401, 'unauthorized');
  });
});

describe('deliveries to registered endpoints (loopback allowed by configuration)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ config: { allowPrivateUrls: true } });
  });
  afterAll(async () => h.close());

  const notifyInput = (sessionId: string) => ({
    owner: ownerFromKey(KEY_A),
    session_id: sessionId,
    callback_url: null,
    event_type: 'video_agent.success' as const,
    event_data: { session_id: sessionId, video_id: 'vid_1', url: 'https://ova.test/v.mp4', callback_id: null },
  });

  it('a delivery verifies with the endpoint secret; after rotation, with the new one only; disabled endpoints get none', async () => {
    const receiver = await startReceiver();
    const dispatcher = new WebhookDispatcher({ store: h.deps.store, secretFor: h.deps.callbackSecretFor, backoffMs: [20] });
    try {
      const created = (await h.call('POST', '/v3/webhooks/endpoints', { url: receiver.url })).json().data;
      const failOnly = (await h.call('POST', '/v3/webhooks/endpoints', { url: `${receiver.url}?fail-only`, events: ['video_agent.fail'] })).json().data;
      await dispatcher.notify(notifyInput('ses_one'));
      await dispatcher.runDue();
      await dispatcher.stop();
      // The fail-only endpoint does not take a success event.
      expect(receiver.received).toHaveLength(1);
      const first = receiver.received[0]!;
      expect(verifyWebhook(created.secret, first.headers, first.body)).toBe(true);
      expect(JSON.parse(first.body)).toMatchObject({ event_type: 'video_agent.success', event_data: { session_id: 'ses_one' } });

      const rotated = (await h.call('POST', `/v3/webhooks/endpoints/${created.endpoint_id}/rotate-secret`)).json().data;
      await dispatcher.notify(notifyInput('ses_two'));
      await dispatcher.runDue();
      await dispatcher.stop();
      const second = receiver.received[1]!;
      expect(verifyWebhook(rotated.secret, second.headers, second.body)).toBe(true);
      expect(verifyWebhook(created.secret, second.headers, second.body)).toBe(false);

      await h.call('PATCH', `/v3/webhooks/endpoints/${created.endpoint_id}`, { status: 'disabled' });
      await dispatcher.notify(notifyInput('ses_three'));
      await dispatcher.runDue();
      await dispatcher.stop();
      expect(receiver.received).toHaveLength(2);
      expect(failOnly.endpoint_id).toBeTruthy();
    } finally {
      await dispatcher.stop();
      await receiver.close();
    }
  });

  it('a receiver that is down, then comes back: every attempt is in GET /v3/webhooks/events, the last delivered', async () => {
    // Learn a free port, then leave it closed: the receiver is "down".
    const probe = await startReceiver();
    const port = probe.port;
    await probe.close();
    const url = `http://127.0.0.1:${port}/hook`;
    const created = (await h.call('POST', '/v3/webhooks/endpoints', { url })).json().data;
    const dispatcher = new WebhookDispatcher({ store: h.deps.store, secretFor: h.deps.callbackSecretFor, backoffMs: [0, 0, 0, 0] });
    let receiver: Awaited<ReturnType<typeof startReceiver>> | null = null;
    try {
      const [delivery] = await dispatcher.notify(notifyInput('ses_down'));
      await dispatcher.runDue();
      await dispatcher.runDue();
      receiver = await startReceiver(port);
      await dispatcher.runDue();
      await dispatcher.stop();

      const events = (await h.call('GET', '/v3/webhooks/events?limit=100')).json().data;
      const event = events.find((e: { event_id: string }) => e.event_id === delivery!.id);
      expect(event).toMatchObject({ endpoint_id: created.endpoint_id, url, status: 'delivered', event_type: 'video_agent.success', session_id: 'ses_down' });
      expect(event.attempts.length).toBe(3);
      expect(event.attempts[0].status_code).toBeNull();
      expect(event.attempts[0].error).toMatch(/ECONNREFUSED|fetch failed/);
      expect(event.attempts[2]).toMatchObject({ status_code: 200, error: null });
      expect(receiver.received).toHaveLength(1);
      expect(verifyWebhook(created.secret, receiver.received[0]!.headers, receiver.received[0]!.body)).toBe(true);
      // The delivery belongs to key A: key B's history does not hold it.
      const eventsB = (await h.call('GET', '/v3/webhooks/events?limit=100', undefined, { 'x-api-key': KEY_B })).json().data;
      expect(eventsB.map((e: { event_id: string }) => e.event_id)).not.toContain(delivery!.id);
    } finally {
      await dispatcher.stop();
      await receiver?.close();
    }
  });

  it('two API processes sharing the database: a receiver down for a while gets one attempt at a time, each in GET /v3/webhooks/events, then one success', async () => {
    let up = false;
    const receiver = await startReceiver(0, () => (up ? 200 : 503));
    const created = (await h.call('POST', '/v3/webhooks/endpoints', { url: receiver.url })).json().data;
    // The second "process": its own connection to the same SQLite file and its own dispatcher loop.
    const peer = new SqliteStore((h.deps.store as SqliteStore).path);
    const backoffMs = [50, 100, 200, 200, 200, 200, 200, 200];
    const senders: Record<string, string[]> = { a: [], b: [] };
    const make = (store: typeof h.deps.store, name: 'a' | 'b') =>
      new WebhookDispatcher({
        store,
        secretFor: h.deps.callbackSecretFor,
        backoffMs,
        pollIntervalMs: 5,
        onEvent: (e) => e.type === 'attempt' && senders[name]!.push(e.delivery_id),
      });
    const a = make(h.deps.store, 'a');
    const b = make(peer, 'b');
    a.start();
    b.start();
    try {
      const deliveries = await a.notify(notifyInput('ses_shared'));
      const id = deliveries.find((d) => d.endpoint_id === created.endpoint_id)!.id;
      const requests = () => receiver.received.filter((r) => r.headers['webhook-id'] === id);
      const eventOf = async () =>
        (await h.call('GET', '/v3/webhooks/events?limit=100')).json().data.find((e: { event_id: string }) => e.event_id === id);
      // While it is down, every answer so far is already in the history.
      for (let n = 1; n <= 3; n++) {
        const seen = await waitUntil(async () => {
          const event = await eventOf();
          return event && event.attempts.length >= n ? event : null;
        });
        expect(seen.status).toBe('pending');
        expect(seen.attempts.every((t: { status_code: number }) => t.status_code === 503)).toBe(true);
        expect(seen.next_attempt_at).not.toBeNull();
      }
      up = true;
      const event = await waitUntil(async () => {
        const e = await eventOf();
        return e && e.status === 'delivered' ? e : null;
      });
      expect(event).toMatchObject({ endpoint_id: created.endpoint_id, url: receiver.url, status: 'delivered', next_attempt_at: null });
      // One recorded attempt per request the receiver saw, all under one webhook-id, the last one 200.
      expect(event.attempts).toHaveLength(requests().length);
      expect(event.attempts.length).toBeGreaterThanOrEqual(4);
      expect(event.attempts.slice(0, -1).every((t: { status_code: number }) => t.status_code === 503)).toBe(true);
      expect(event.attempts.at(-1)).toMatchObject({ status_code: 200, error: null });
      expect(requests().filter((r) => verifyWebhook(created.secret, r.headers, r.body)).length).toBe(requests().length);
      // `at` is in seconds here; the store keeps milliseconds: each retry waited at least its backoff.
      const stored = (await h.deps.store.listWebhookDeliveries(ownerFromKey(KEY_A), { limit: 100, cursor: null })).items.find((d) => d.id === id)!;
      for (let i = 1; i < stored.attempts.length; i++) {
        const previous = stored.attempts[i - 1]!;
        expect(stored.attempts[i]!.at - (previous.at + previous.duration_ms)).toBeGreaterThanOrEqual(backoffMs[i - 1]!);
      }
      // (Endpoints earlier tests registered get their own deliveries of this event: count this one's only.)
      expect([...senders.a!, ...senders.b!].filter((sent) => sent === id)).toHaveLength(stored.attempts.length);
    } finally {
      await a.stop();
      await b.stop();
      await peer.close();
      await receiver.close();
    }
  });
});
