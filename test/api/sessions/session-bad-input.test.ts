import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeMedia, KEY_B, startTestServer, type TestServer } from '../../support/test-server.js';

const PNG_1x1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('session endpoints reject bad input with the error envelope', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({}, { adapters: fakeMedia() });
  });
  afterAll(async () => {
    await server?.dispose();
  });

  const create = (body: unknown, headers?: Record<string, string>) => server.call('POST', '/v3/video-agents', body, headers);

  function expectError(response: { status: number; body: any; headers: Record<string, unknown> }, status: number, code: string, param?: string) {
    expect(response.status, JSON.stringify(response.body)).toBe(status);
    expect(response.body.error.code).toBe(code);
    expect(response.body.error.message).toEqual(expect.any(String));
    if (param !== undefined) expect(response.body.error.param).toBe(param);
    expect(response.headers['x-request-id']).toBeTruthy();
  }

  it.each([
    ['a missing prompt', {}, 'prompt'],
    ['an empty prompt', { prompt: '' }, 'prompt'],
    ['a blank prompt', { prompt: '   ' }, 'prompt'],
    ['a prompt over 10,000 characters', { prompt: 'x'.repeat(10_001) }, 'prompt'],
    ['a prompt that is not a string', { prompt: 42 }, 'prompt'],
    ['an unknown mode', { prompt: 'hi', mode: 'batch' }, 'mode'],
    ['an unknown orientation', { prompt: 'hi', orientation: 'square' }, 'orientation'],
    ['a duration under 5 s', { prompt: 'hi', duration_sec: 2 }, 'duration_sec'],
    ['a duration that is not a number', { prompt: 'hi', duration_sec: 'long' }, 'duration_sec'],
    ['auto_proceed that is not a boolean', { prompt: 'hi', auto_proceed: 'yes' }, 'auto_proceed'],
    ['more than 20 files', { prompt: 'hi', files: Array.from({ length: 21 }, () => ({ type: 'asset_id', asset_id: 'a' })) }, 'files'],
    ['a file of unknown type', { prompt: 'hi', files: [{ type: 'ftp', url: 'x' }] }, 'files[0].type'],
    ['a url file without url', { prompt: 'hi', files: [{ type: 'url' }] }, 'files[0].url'],
    ['a url file with a non-http scheme', { prompt: 'hi', files: [{ type: 'url', url: 'file:///etc/passwd' }] }, 'files[0].url'],
    ['a base64 file without media_type', { prompt: 'hi', files: [{ type: 'base64', data: PNG_1x1 }] }, 'files[0].media_type'],
    ['a base64 file with invalid characters', { prompt: 'hi', files: [{ type: 'base64', media_type: 'image/png', data: '!!!not base64!!!' }] }, 'files[0].data'],
    ['a callback_url that is not http(s)', { prompt: 'hi', callback_url: 'javascript:alert(1)' }, 'callback_url'],
    ['an unknown voice_id', { prompt: 'hi', voice_id: 'no-such-voice' }, 'voice_id'],
    ['an unknown style_id', { prompt: 'hi', style_id: 'no-such-style' }, 'style_id'],
    ['an unknown avatar_id', { prompt: 'hi', avatar_id: 'no-such-avatar' }, 'avatar_id'],
    ['an unknown brand_kit_id', { prompt: 'hi', brand_kit_id: 'no-such-kit' }, 'brand_kit_id'],
  ])('create with %s → 400 validation_error naming the field', async (_name, body, param) => {
    expectError(await create(body), 400, 'validation_error', param);
  });

  it('create with malformed JSON → 400 validation_error', async () => {
    expectError(await create('{"prompt": '), 400, 'validation_error');
  });

  it('create with base64 bytes that are not the claimed type → 415', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n').toString('base64');
    expectError(await create({ prompt: 'hi', files: [{ type: 'base64', media_type: 'image/png', data: pdf }] }), 415, 'unsupported_media_type');
  });

  it('create with an unknown asset id → 422 asset_not_available naming the field', async () => {
    expectError(await create({ prompt: 'hi', files: [{ type: 'asset_id', asset_id: 'ast_missing' }] }), 422, 'asset_not_available', 'files[0].asset_id');
  });

  it('create without a key → 401, with an unknown key → 401, with a Bearer key → 200', async () => {
    expectError(await create({ prompt: 'hi' }, { 'x-api-key': '' }), 401, 'unauthorized');
    expectError(await create({ prompt: 'hi' }, { 'x-api-key': 'wrong' }), 401, 'unauthorized');
    const bearer = await server.app.inject({
      method: 'POST',
      url: '/v3/video-agents',
      headers: { authorization: `Bearer ${KEY_B}`, 'content-type': 'application/json' },
      payload: { prompt: 'A short video about bees', mode: 'chat' },
    });
    expect(bearer.statusCode).toBe(200);
    const stopped = await server.call('POST', `/v3/video-agents/${bearer.json().data.session_id}/stop`, {}, { 'x-api-key': KEY_B });
    expect(stopped.status).toBe(200);
  });

  it('unknown session ids and another key’s sessions → 404 on every session route', async () => {
    const mine = (await create({ prompt: 'A video about the water cycle', mode: 'chat' })).body.data.session_id as string;
    const asB = { 'x-api-key': KEY_B };
    for (const [method, url, body] of [
      ['GET', `/v3/video-agents/${mine}`, undefined],
      ['POST', `/v3/video-agents/${mine}`, { message: 'shorter' }],
      ['POST', `/v3/video-agents/${mine}/stop`, {}],
      ['GET', `/v3/video-agents/${mine}/resources`, undefined],
      ['GET', `/v3/video-agents/${mine}/resources/res_x`, undefined],
      ['GET', `/v3/video-agents/${mine}/videos`, undefined],
      ['GET', `/v3/video-agents/${mine}/events`, undefined],
    ] as const) {
      expectError(await server.call(method, url, body, asB), 404, 'not_found');
      expectError(await server.call(method, url.replace(mine, 'ses_doesnotexist'), body), 404, 'not_found');
    }
    const list = await server.call('GET', '/v3/video-agents', undefined, asB);
    expect(list.body.data.map((s: any) => s.session_id)).not.toContain(mine);
    await server.waitFor(mine, ['reviewing', 'waiting_for_input']);
    expectError(await server.call('GET', `/v3/video-agents/${mine}/resources/res_nope`), 404, 'not_found', 'resource_id');
  });

  it('a url file the server cannot fetch → 422 download_failed naming the field', async () => {
    const http = await import('node:http');
    const missing = http.createServer((_request, response) => response.writeHead(404).end('gone'));
    await new Promise<void>((resolve) => missing.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(missing.address() as { port: number }).port}/notes.md`;
      expectError(await create({ prompt: 'hi', files: [{ type: 'url', url }] }), 422, 'download_failed', 'files[0].url');
    } finally {
      missing.close();
    }
  });

  it('an asset whose direct upload was never completed → 422 asset_not_available', async () => {
    const pending = await server.call('POST', '/v3/assets/direct-uploads', { filename: 'notes.md', content_type: 'text/markdown', size_bytes: 10 });
    expect(pending.status).toBe(200);
    const assetId = pending.body.data.asset_id;
    expectError(await create({ prompt: 'hi', files: [{ type: 'asset_id', asset_id: assetId }] }), 422, 'asset_not_available', 'files[0].asset_id');
  });

  it('a message to a generate-mode session → 409 conflict', async () => {
    const id = (await create({ prompt: 'A video about volcanoes', mode: 'generate' })).body.data.session_id;
    expectError(await server.call('POST', `/v3/video-agents/${id}`, { message: 'shorter' }), 409, 'conflict');
    await server.call('POST', `/v3/video-agents/${id}/stop`, {});
  });

  it('a message while the agent is thinking is accepted (queued); bad message bodies → 400', async () => {
    const id = (await create({ prompt: 'A video about the history of tea: it was first brewed in China, traders carried it along the Silk Road, and the British made afternoon tea a daily ritual.', mode: 'chat' })).body.data.session_id;
    const busy = await server.call('POST', `/v3/video-agents/${id}`, { message: 'shorter' });
    expect(busy.status, JSON.stringify(busy.body)).toBe(200);
    expect(busy.body.data).toMatchObject({ session_id: id, run_id: expect.stringMatching(/^run_/) });
    // The queued message is answered by its own run once v1 is out: storyboard v2.
    let after = await server.waitFor(id, ['reviewing', 'waiting_for_input']);
    for (let i = 0; i < 100 && !String(after.messages[0].content).includes('Storyboard v2'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = await server.waitFor(id, ['reviewing', 'waiting_for_input']);
    }
    expect(after.messages[0].content).toContain('Storyboard v2');
    expectError(await server.call('POST', `/v3/video-agents/${id}`, {}), 400, 'validation_error', 'message');
    expectError(await server.call('POST', `/v3/video-agents/${id}`, { message: '' }), 400, 'validation_error', 'message');
    expectError(await server.call('POST', `/v3/video-agents/${id}`, { message: 'x'.repeat(10_001) }), 400, 'validation_error', 'message');
    expectError(await server.call('POST', `/v3/video-agents/${id}`, { message: 'hi', voice_id: 'nope' }), 400, 'validation_error', 'voice_id');
  });

  it('an oversized JSON body → 413 payload_too_large', async () => {
    expectError(await create({ prompt: 'hi', files: [{ type: 'base64', media_type: 'image/png', data: 'A'.repeat(2_000_000) }] }), 413, 'payload_too_large');
  });

  it('list paging: limit out of range → 400, bad token → 400', async () => {
    expectError(await server.call('GET', '/v3/video-agents?limit=0'), 400, 'validation_error', 'limit');
    expectError(await server.call('GET', '/v3/video-agents?limit=101'), 400, 'validation_error', 'limit');
    expectError(await server.call('GET', '/v3/video-agents?token=garbage'), 400, 'validation_error', 'token');
  });
});

describe('the active-job limit per key', () => {
  it('answers 429 rate_limit_exceeded with Retry-After beyond the limit', async () => {
    const server = await startTestServer({ maxActiveJobsPerKey: 1 }, { adapters: fakeMedia() });
    try {
      const first = await server.call('POST', '/v3/video-agents', { prompt: 'A 60 second video about coffee', mode: 'generate' });
      expect(first.status).toBe(200);
      const second = await server.call('POST', '/v3/video-agents', { prompt: 'Another one', mode: 'generate' });
      expect(second.status).toBe(429);
      expect(second.body.error.code).toBe('rate_limit_exceeded');
      expect(Number(second.headers['retry-after'])).toBeGreaterThan(0);
      await server.call('POST', `/v3/video-agents/${first.body.data.session_id}/stop`, {});
    } finally {
      await server.dispose();
    }
  });
});
