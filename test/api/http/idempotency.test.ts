import type { FastifyRequest } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerFromKey, requestHash } from '../../../src/api/index.js';
import { KEY_A, KEY_B, startHarness, type Harness } from '../api-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const body = { filename: 'a.png', content_type: 'image/png', size_bytes: 100 };
const create = (payload: unknown, key?: string, apiKey = KEY_A) =>
  h.call('POST', '/v3/assets/direct-uploads', payload, { 'x-api-key': apiKey, ...(key ? { 'idempotency-key': key } : {}) });

describe('Idempotency-Key on POST', () => {
  it('replays the first response for the same key and body (key order does not matter)', async () => {
    const first = await create(body, 'k-replay');
    expect(first.statusCode).toBe(200);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const again = await create({ size_bytes: 100, content_type: 'image/png', filename: 'a.png' }, 'k-replay');
    expect(again.statusCode).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.headers['x-request-id']).toBeDefined();
    expect(again.json()).toEqual(first.json());
  });

  it('makes a new resource without a key, and keeps keys per API key', async () => {
    const a = (await create(body)).json().data.asset_id;
    const b = (await create(body)).json().data.asset_id;
    expect(a).not.toBe(b);
    const mine = (await create(body, 'k-shared')).json().data.asset_id;
    const theirs = (await create(body, 'k-shared', KEY_B)).json().data.asset_id;
    expect(theirs).not.toBe(mine);
  });

  it('answers the same key with a different body with 409 conflict', async () => {
    await create(body, 'k-conflict');
    const res = await create({ ...body, size_bytes: 101 }, 'k-conflict');
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'conflict', param: 'Idempotency-Key' });
  });

  it('answers a repeat while the first is still running with 409 request_in_progress', async () => {
    const fakeRequest = { method: 'POST', url: '/v3/assets/direct-uploads' } as FastifyRequest;
    const claimed = await h.deps.store.claimIdempotencyKey({ owner: ownerFromKey(KEY_A), key: 'k-running', body_hash: requestHash(fakeRequest, body), response: null, created_at: Date.now() });
    expect(claimed).toBeNull();
    const res = await create(body, 'k-running');
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('request_in_progress');
  });

  it('runs the request again once the stored response is older than 24 h', async () => {
    const fakeRequest = { method: 'POST', url: '/v3/assets/direct-uploads' } as FastifyRequest;
    await h.deps.store.claimIdempotencyKey({ owner: ownerFromKey(KEY_A), key: 'k-old', body_hash: 'x', response: null, created_at: Date.now() - 25 * 3600_000 });
    const res = await create(body, 'k-old');
    expect(res.statusCode).toBe(200);
    expect(res.headers['idempotent-replayed']).toBeUndefined();
    expect(requestHash(fakeRequest, body)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not keep a validation failure: a corrected retry with the same key runs', async () => {
    const bad = await create({ filename: 'a.png' }, 'k-fix');
    expect(bad.statusCode).toBe(400);
    const good = await create(body, 'k-fix');
    expect(good.statusCode).toBe(200);
  });

  it('rejects a malformed key with validation_error on Idempotency-Key', async () => {
    for (const key of ['has space', 'x'.repeat(256), 'semi;colon']) {
      const res = await create(body, key);
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'validation_error', param: 'Idempotency-Key' });
    }
  });
});
