import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { callbackSecretFor, createWebhookSecret, signWebhook, verifyWebhook, webhookSecretKey } from '../../src/webhooks/index.js';

const body = JSON.stringify({ event_type: 'video_agent.success', event_data: { session_id: 'ses_1', video_id: 'vid_1', url: null, callback_id: 'c1' } });

describe('webhook secrets', () => {
  it('creates whsec_ secrets of 24 random bytes', () => {
    const a = createWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(webhookSecretKey(a)).toHaveLength(24);
    expect(createWebhookSecret()).not.toBe(a);
  });

  it('derives callback secrets per owner, stable for the same server secret', () => {
    const a = callbackSecretFor('server-secret', 'key_alice');
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(callbackSecretFor('server-secret', 'key_alice')).toBe(a);
    expect(callbackSecretFor('server-secret', 'key_bob')).not.toBe(a);
    expect(callbackSecretFor('other-secret', 'key_alice')).not.toBe(a);
  });
});

describe('signWebhook and verifyWebhook', () => {
  const secret = createWebhookSecret();
  const ts = 1_700_000_000;

  it('signs per Standard Webhooks, computable by a receiver with plain HMAC code', () => {
    const headers = signWebhook(secret, 'msg_1', ts, body);
    const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
    const expected = createHmac('sha256', key).update(`msg_1.${ts}.${body}`).digest('base64');
    expect(headers['webhook-id']).toBe('msg_1');
    expect(headers['webhook-timestamp']).toBe(String(ts));
    expect(headers['webhook-signature']).toBe(`v1,${expected}`);
    // Handlers written for the hosted service key this HMAC with the secret string as they were given it.
    expect(headers['x-heygen-signature']).toBe(createHmac('sha256', secret).update(body).digest('hex'));
  });

  it('verifies a genuine delivery, from a plain object, a Headers instance or Buffer body', () => {
    const headers = signWebhook(secret, 'msg_1', ts, body);
    expect(verifyWebhook(secret, headers, body, 300, { now: ts + 10 })).toBe(true);
    expect(verifyWebhook(secret, new Headers({ ...headers }), Buffer.from(body), 300, { now: ts })).toBe(true);
    const upper = { 'Webhook-Id': headers['webhook-id'], 'Webhook-Timestamp': headers['webhook-timestamp'], 'Webhook-Signature': headers['webhook-signature'] };
    expect(verifyWebhook(secret, upper, body, 300, { now: ts })).toBe(true);
  });

  it('rejects a changed body, another secret, a changed id and a stale timestamp', () => {
    const headers = signWebhook(secret, 'msg_1', ts, body);
    expect(verifyWebhook(secret, headers, body.replace('vid_1', 'vid_2'), 300, { now: ts })).toBe(false);
    expect(verifyWebhook(createWebhookSecret(), headers, body, 300, { now: ts })).toBe(false);
    expect(verifyWebhook(secret, { ...headers, 'webhook-id': 'msg_2' }, body, 300, { now: ts })).toBe(false);
    expect(verifyWebhook(secret, headers, body, 300, { now: ts + 301 })).toBe(false);
    expect(verifyWebhook(secret, {}, body, 300, { now: ts })).toBe(false);
  });

  it('rejects a forged X-HeyGen-Signature even when the standard signature is right', () => {
    const headers = signWebhook(secret, 'msg_1', ts, body);
    expect(verifyWebhook(secret, { ...headers, 'x-heygen-signature': 'ab'.repeat(32) }, body, 300, { now: ts })).toBe(false);
  });

  it('accepts any of several signatures (secret rotation)', () => {
    const old = signWebhook(createWebhookSecret(), 'msg_1', ts, body)['webhook-signature'];
    const { 'x-heygen-signature': _omit, ...headers } = signWebhook(secret, 'msg_1', ts, body);
    headers['webhook-signature'] = `${old} ${headers['webhook-signature']}`;
    expect(verifyWebhook(secret, headers, body, 300, { now: ts })).toBe(true);
  });
});
