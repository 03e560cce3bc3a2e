import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEY_B, multipartBody, startHarness, tinyPng, type Harness } from '../api-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

function upload(bytes: Buffer, options: { filename?: string; type?: string; field?: string; headers?: Record<string, string> } = {}) {
  const form = multipartBody(options.field ?? 'file', options.filename ?? 'pic.png', options.type ?? 'image/png', bytes);
  return h.call('POST', '/v3/assets', form.payload, { ...form.headers, ...options.headers });
}

function pathOf(url: string): string {
  return new URL(url).pathname;
}

describe('POST /v3/assets (multipart)', () => {
  it('stores the file, sniffs its type and gives a working signed url', async () => {
    const res = await upload(tinyPng, { type: 'application/octet-stream' });
    expect(res.statusCode).toBe(200);
    const data = res.json().data;
    expect(data).toMatchObject({ mime_type: 'image/png', size_bytes: tinyPng.length, status: 'ready', filename: 'pic.png' });
    expect(data.asset_id).toMatch(/^asset_/);
    const file = await h.app.inject({ method: 'GET', url: pathOf(data.url) });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(file.rawPayload.equals(tinyPng)).toBe(true);

    const got = await h.call('GET', `/v3/assets/${data.asset_id}`);
    expect(got.statusCode).toBe(200);
    expect(got.json().data).toMatchObject({ asset_id: data.asset_id, mime_type: 'image/png', status: 'ready' });
  });

  it('takes text and tells markdown from its bytes', async () => {
    const res = await upload(Buffer.from('# Title\n\n- one\n- two\n'), { filename: 'notes', type: 'text/plain' });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.mime_type).toBe('text/markdown');
  });

  it('answers unsupported bytes with 415 and keeps nothing', async () => {
    const res = await upload(Buffer.from([0x00, 0x01, 0x02, 0x03, 0xfe, 0xff]), { filename: 'x.png', type: 'image/png' });
    expect(res.statusCode).toBe(415);
    expect(res.json().error).toMatchObject({ code: 'unsupported_media_type', param: 'file' });
  });

  it('answers bytes that contradict the claimed type with 415', async () => {
    const res = await upload(Buffer.from('%PDF-1.4\n%âãÏÓ\n'), { filename: 'x.png', type: 'image/png' });
    expect(res.statusCode).toBe(415);
  });

  it('answers a file over 32 MB with 413 payload_too_large', async () => {
    const big = Buffer.alloc(32 * 1024 * 1024 + 1, 0x61);
    const res = await upload(big, { filename: 'big.txt', type: 'text/plain' });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
  });

  it('wants the file in field "file" and a multipart body', async () => {
    const wrongField = await upload(tinyPng, { field: 'upload' });
    expect(wrongField.statusCode).toBe(400);
    expect(wrongField.json().error).toMatchObject({ code: 'validation_error', param: 'file' });
    const json = await h.call('POST', '/v3/assets', { file: 'x' });
    expect(json.statusCode).toBe(415);
    expect(json.json().error.code).toBe('unsupported_media_type');
  });

  it('replays an upload with the same Idempotency-Key and refuses the key for another file', async () => {
    const key = 'upload-key-1';
    const first = await upload(tinyPng, { headers: { 'idempotency-key': key } });
    const again = await upload(tinyPng, { headers: { 'idempotency-key': key } });
    expect(again.statusCode).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().data.asset_id).toBe(first.json().data.asset_id);
    const other = await upload(Buffer.from('just some text'), { filename: 'a.txt', type: 'text/plain', headers: { 'idempotency-key': key } });
    expect(other.statusCode).toBe(409);
    expect(other.json().error.code).toBe('conflict');
  });
});

describe('GET /v3/assets/:id', () => {
  it('hides another key\'s asset and unknown ids behind 404', async () => {
    const mine = (await upload(tinyPng)).json().data.asset_id;
    const theirs = await h.call('GET', `/v3/assets/${mine}`, undefined, { 'x-api-key': KEY_B });
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json().error.code).toBe('not_found');
    expect((await h.call('GET', '/v3/assets/asset_nope')).statusCode).toBe(404);
  });
});

describe('direct uploads', () => {
  const body = Buffer.concat([tinyPng]);
  const sha = createHash('sha256').update(body).digest('hex');

  async function start(extra: Record<string, unknown> = {}) {
    const res = await h.call('POST', '/v3/assets/direct-uploads', { filename: 'big.png', content_type: 'image/png', size_bytes: body.length, ...extra });
    expect(res.statusCode).toBe(200);
    return res.json().data as { asset_id: string; upload_url: string; upload_headers: Record<string, string>; expires_in_seconds: number; max_bytes: number; status: string };
  }

  it('goes create → PUT → complete, and the asset is usable only after completion', async () => {
    const created = await start({ checksum_sha256: sha });
    expect(created).toMatchObject({ status: 'pending_upload', upload_headers: { 'Content-Type': 'image/png' }, expires_in_seconds: 3600 });
    expect(created.upload_url.startsWith('http://ova.test/uploads/')).toBe(true);

    const pending = await h.call('GET', `/v3/assets/${created.asset_id}`);
    expect(pending.json().data).toMatchObject({ status: 'pending_upload', url: null });

    const early = await h.call('POST', `/v3/assets/${created.asset_id}/complete`, {});
    expect(early.statusCode).toBe(409);

    const put = await h.app.inject({ method: 'PUT', url: pathOf(created.upload_url), headers: created.upload_headers, payload: body });
    expect(put.statusCode).toBe(200);
    expect(put.json().data).toMatchObject({ asset_id: created.asset_id, size_bytes: body.length, sha256: sha });

    const done = await h.call('POST', `/v3/assets/${created.asset_id}/complete`, {});
    expect(done.statusCode).toBe(200);
    expect(done.json().data).toMatchObject({ status: 'ready', mime_type: 'image/png', size_bytes: body.length });
    const file = await h.app.inject({ method: 'GET', url: pathOf(done.json().data.url) });
    expect(file.rawPayload.equals(body)).toBe(true);

    const twice = await h.call('POST', `/v3/assets/${created.asset_id}/complete`);
    expect(twice.statusCode).toBe(200);
    expect(twice.json().data.status).toBe('ready');

    const putAfter = await h.app.inject({ method: 'PUT', url: pathOf(created.upload_url), headers: created.upload_headers, payload: body });
    expect(putAfter.statusCode).toBe(409);
  });

  it('refuses a PUT of the wrong size, the wrong checksum or the wrong type', async () => {
    const tooBig = await start();
    const big = await h.app.inject({ method: 'PUT', url: pathOf(tooBig.upload_url), headers: tooBig.upload_headers, payload: Buffer.concat([body, Buffer.from('xx')]) });
    expect(big.statusCode).toBe(413);

    const short = await h.app.inject({ method: 'PUT', url: pathOf(tooBig.upload_url), headers: tooBig.upload_headers, payload: body.subarray(0, 20) });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.param).toBe('size_bytes');

    const wrongSum = await start({ checksum_sha256: 'a'.repeat(64) });
    const sum = await h.app.inject({ method: 'PUT', url: pathOf(wrongSum.upload_url), headers: wrongSum.upload_headers, payload: body });
    expect(sum.statusCode).toBe(400);
    expect(sum.json().error.param).toBe('checksum_sha256');
    expect((await h.call('POST', `/v3/assets/${wrongSum.asset_id}/complete`)).statusCode).toBe(409);

    const junk = Buffer.alloc(body.length, 0);
    const wrongType = await start();
    const typed = await h.app.inject({ method: 'PUT', url: pathOf(wrongType.upload_url), headers: wrongType.upload_headers, payload: junk });
    expect(typed.statusCode).toBe(415);
  });

  it('refuses a tampered upload url and another key\'s completion', async () => {
    const created = await start();
    const res = await h.app.inject({ method: 'PUT', url: `${pathOf(created.upload_url)}x`, payload: body, headers: created.upload_headers });
    expect(res.statusCode).toBe(404);
    const media = h.app.mediaLinks.sign('assets/whatever').split('/').pop();
    expect((await h.app.inject({ method: 'PUT', url: `/uploads/${media}`, payload: body, headers: created.upload_headers })).statusCode).toBe(404);
    expect((await h.call('POST', `/v3/assets/${created.asset_id}/complete`, {}, { 'x-api-key': KEY_B })).statusCode).toBe(404);
  });

  it('validates the request and names the field', async () => {
    const res = await h.call('POST', '/v3/assets/direct-uploads', { filename: 'a.png', content_type: 'image/png', size_bytes: 10, checksum_sha256: 'nothex' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.param).toBe('checksum_sha256');
  });
});
