import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldPath } from '../../src/api/index.js';
import { errorCodes } from '../../src/errors/index.js';
import { KEY_A, KEY_B, startHarness, type Harness } from './api-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    extend: (app) => {
      app.get('/boom', async () => {
        throw new Error('secret database detail');
      });
      app.get('/teapot', async () => {
        throw Object.assign(new Error('I am a teapot'), { statusCode: 418 });
      });
    },
  });
});
afterAll(async () => {
  await h.close();
});

describe('health and request ids', () => {
  it('answers /health without a key', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
    expect(res.headers['x-request-id']).toMatch(/^req_[0-9a-f]{32}$/);
  });

  it('puts X-Request-Id on 404s, 401s, validation errors and successes, and honours a sane incoming one', async () => {
    const responses = [
      await h.app.inject({ method: 'GET', url: '/nope' }),
      await h.app.inject({ method: 'GET', url: '/v3/videos' }),
      await h.call('POST', '/v3/assets/direct-uploads', {}),
      await h.call('GET', '/v3/videos'),
      await h.call('POST', '/v3/assets/direct-uploads', '{bad', { 'content-type': 'application/json' }),
    ];
    expect(responses.map((r) => r.statusCode)).toEqual([404, 401, 400, 200, 400]);
    for (const res of responses) expect(res.headers['x-request-id']).toMatch(/^req_/);
    const echoed = await h.app.inject({ method: 'GET', url: '/nope', headers: { 'x-request-id': 'client-abc.123' } });
    expect(echoed.headers['x-request-id']).toBe('client-abc.123');
    const insane = await h.app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'bad id with spaces' } });
    expect(insane.headers['x-request-id']).toMatch(/^req_/);
  });
});

describe('auth', () => {
  it('rejects a missing key with 401 unauthorized', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/v3/videos' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ error: { code: 'unauthorized', message: errorCodes.unauthorized.message } });
  });

  it('rejects an unknown key in either header form', async () => {
    for (const headers of [{ 'x-api-key': 'nope' }, { authorization: 'Bearer nope' }, { authorization: `Basic ${KEY_A}` }]) {
      const res = await h.app.inject({ method: 'GET', url: '/v3/videos', headers });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('unauthorized');
    }
  });

  it('accepts X-Api-Key and Authorization: Bearer', async () => {
    expect((await h.app.inject({ method: 'GET', url: '/v3/videos', headers: { 'x-api-key': KEY_A } })).statusCode).toBe(200);
    expect((await h.app.inject({ method: 'GET', url: '/v3/videos', headers: { authorization: `Bearer ${KEY_B}` } })).statusCode).toBe(200);
  });
});

describe('errors', () => {
  it('answers an unknown route with the not_found envelope', async () => {
    const res = await h.call('GET', '/v3/no-such-thing');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });

  it('names the missing field in param', async () => {
    const res = await h.call('POST', '/v3/assets/direct-uploads', { content_type: 'image/png', size_bytes: 10 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_error', param: 'filename' });
  });

  it('names an out-of-range field in param, for bodies and queries', async () => {
    const body = await h.call('POST', '/v3/assets/direct-uploads', { filename: 'a.png', content_type: 'image/png', size_bytes: 0 });
    expect(body.json().error).toMatchObject({ code: 'validation_error', param: 'size_bytes' });
    const query = await h.call('GET', '/v3/videos?limit=101');
    expect(query.statusCode).toBe(400);
    expect(query.json().error).toMatchObject({ code: 'validation_error', param: 'limit' });
  });

  it('names nested fields and lists a union\'s values (POST /v3/video-agents schema)', async () => {
    const missing = await h.call('POST', '/v3/video-agents', {});
    expect(missing.json().error).toMatchObject({ code: 'validation_error', param: 'prompt' });
    const mode = await h.call('POST', '/v3/video-agents', { prompt: 'x', mode: 'bad' });
    expect(mode.json().error).toMatchObject({ code: 'validation_error', param: 'mode', message: 'mode must be one of: "generate", "chat".' });
    const nested = await h.call('POST', '/v3/video-agents', { prompt: 'x', files: [{ type: 'nope', url: 'https://a.test/x.png' }] });
    expect(nested.json().error).toMatchObject({ code: 'validation_error', param: 'files[0].type' });
  });

  it('treats malformed JSON as validation_error on body', async () => {
    const res = await h.call('POST', '/v3/assets/direct-uploads', '{"filename": ', { 'content-type': 'application/json' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_error', param: 'body' });
  });

  it('treats an empty JSON body as {}', async () => {
    const res = await h.call('POST', '/v3/assets/direct-uploads', '', { 'content-type': 'application/json' });
    expect(res.json().error).toMatchObject({ code: 'validation_error', param: 'filename' });
  });

  it('answers a JSON body over 1 MiB with 413 payload_too_large', async () => {
    const res = await h.call('POST', '/v3/assets/direct-uploads', { filename: 'x'.repeat(1024 * 1024 + 10) });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
  });

  it('answers an unsupported Content-Type with 415 unsupported_media_type', async () => {
    const res = await h.call('POST', '/v3/assets/direct-uploads', 'filename=a', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('unsupported_media_type');
  });
});

describe('openapi', () => {
  it('serves an OpenAPI 3.1 document listing the routes, with security on /v3', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    for (const path of ['/health', '/media/{token}', '/uploads/{token}', '/v3/assets', '/v3/assets/{asset_id}', '/v3/assets/direct-uploads', '/v3/assets/{asset_id}/complete', '/v3/videos', '/v3/videos/{video_id}', '/v3/voices', '/v3/voices/{voice_id}/preview', '/v3/video-agents/styles']) {
      expect(Object.keys(doc.paths), path).toContain(path);
    }
    expect(doc.paths['/v3/videos'].get.security).toEqual([{ apiKey: [] }, { bearer: [] }]);
    expect(doc.paths['/v3/voices/{voice_id}/preview'].get.security).toBeUndefined();
    expect(doc.paths['/v3/videos/{video_id}'].get.responses['200'].content['application/json'].schema.properties.data).toBeDefined();
    expect(doc.paths['/v3/assets/direct-uploads'].post.requestBody.content['application/json'].schema.required).toContain('filename');
    expect(doc.components.securitySchemes.apiKey).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-Api-Key' });
  });
});

describe('Swagger UI', () => {
  it('serves the interactive API docs at /docs without a key, over the same OpenAPI document', async () => {
    const page = await h.app.inject({ method: 'GET', url: '/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('swagger-ui');
    const doc = await h.app.inject({ method: 'GET', url: '/docs/json' });
    expect(doc.statusCode).toBe(200);
    expect(doc.json().openapi).toBe('3.1.0');
  });
});

describe('framework errors', () => {
  it('gives a malformed URL and an over-long parameter the envelope and a request id', async () => {
    const bad = await h.call('GET', '/v3/videos/%E0%A4%A');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('validation_error');
    expect(bad.headers['x-request-id']).toMatch(/^req_/);
    const long = await h.call('GET', `/v3/videos/${'v'.repeat(3000)}`);
    expect(long.statusCode).toBe(404);
    expect(long.json().error.code).toBe('not_found');
    expect(long.headers['x-request-id']).toMatch(/^req_/);
  });
});

describe('unexpected errors', () => {
  it('answers a thrown Error with 500 internal_error and no details', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/boom' });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: { code: 'internal_error', message: errorCodes.internal_error.message } });
    expect(res.body).not.toContain('secret');
    expect(res.headers['x-request-id']).toMatch(/^req_/);
  });

  it('maps another 4xx error to the envelope', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/teapot' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_error');
  });
});

describe('fieldPath', () => {
  it('writes JSON pointers as field names', () => {
    expect(fieldPath('/prompt')).toBe('prompt');
    expect(fieldPath('/files/0/url')).toBe('files[0].url');
    expect(fieldPath('/files/12')).toBe('files[12]');
    expect(fieldPath('')).toBe('');
  });
});
