import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMediaLinks } from '../../src/api/index.js';
import { loadOrCreateSecret } from '../../src/config/index.js';
import { multipartBody, tinyPng } from '../api/api-harness.js';
import { fakeMedia, KEY_A, KEY_B, startTestServer, type TestServer } from '../support/test-server.js';

/**
 * One real server, key A owning a finished generate-mode session (storyboard, resources, a rendered video),
 * an uploaded asset, a pending direct upload and a webhook endpoint; key B probing every route with A's ids.
 */

const asB = { 'x-api-key': KEY_B };
let server: TestServer;
const a = { session: '', video: '', asset: '', pending: '', resource: '', endpoint: '', videoUrl: '', assetUrl: '', resourceUrl: '' };

function pathOf(url: string): string {
  return new URL(url).pathname;
}

beforeAll(async () => {
  server = await startTestServer({}, { adapters: fakeMedia() });
  const created = await server.call('POST', '/v3/video-agents', { prompt: 'Three tips for better sleep', duration_sec: 5, mode: 'generate' });
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  a.session = created.body.data.session_id;
  const upload = multipartBody('file', 'pixel.png', 'image/png', tinyPng);
  const asset = await server.app.inject({ method: 'POST', url: '/v3/assets', payload: upload.payload, headers: { ...upload.headers, 'x-api-key': KEY_A } });
  a.asset = asset.json().data.asset_id;
  a.assetUrl = asset.json().data.url;
  const pending = await server.call('POST', '/v3/assets/direct-uploads', { filename: 'n.md', content_type: 'text/markdown', size_bytes: 10 });
  a.pending = pending.body.data.asset_id;
  a.endpoint = (await server.call('POST', '/v3/webhooks/endpoints', { url: 'https://hooks.example.com/a' })).body.data.endpoint_id;

  const done = await server.waitFor(a.session, ['completed', 'failed'], 150_000);
  expect(done.status, JSON.stringify(done.messages[0])).toBe('completed');
  a.video = done.video_id;
  a.videoUrl = (await server.call('GET', `/v3/videos/${a.video}`)).body.data.video_url;
  const resources = (await server.call('GET', `/v3/video-agents/${a.session}/resources`)).body.data;
  expect(resources.length).toBeGreaterThan(0);
  a.resource = resources[0].resource_id;
  a.resourceUrl = resources.find((r: { url: string | null }) => r.url)?.url;
}, 200_000);

afterAll(async () => {
  await server?.dispose();
});

describe("another key's data is unreachable", () => {
  it('every route answers 404 not_found to key B for key A’s ids, and key A still sees them', async () => {
    const probes: Array<[method: 'GET' | 'POST' | 'DELETE' | 'PATCH', url: string, body?: unknown]> = [
      ['GET', `/v3/video-agents/${a.session}`],
      ['POST', `/v3/video-agents/${a.session}`, { message: 'make it shorter' }],
      ['POST', `/v3/video-agents/${a.session}/stop`, {}],
      ['GET', `/v3/video-agents/${a.session}/resources`],
      ['GET', `/v3/video-agents/${a.session}/resources/${a.resource}`],
      ['GET', `/v3/video-agents/${a.session}/videos`],
      ['GET', `/v3/video-agents/${a.session}/events`],
      ['GET', `/v3/videos/${a.video}`],
      ['DELETE', `/v3/videos/${a.video}`],
      ['GET', `/v3/assets/${a.asset}`],
      ['POST', `/v3/assets/${a.pending}/complete`, {}],
      ['PATCH', `/v3/webhooks/endpoints/${a.endpoint}`, { status: 'disabled' }],
      ['POST', `/v3/webhooks/endpoints/${a.endpoint}/rotate-secret`, {}],
      ['DELETE', `/v3/webhooks/endpoints/${a.endpoint}`],
    ];
    for (const [method, url, body] of probes) {
      const response = await server.call(method, url, body, asB);
      expect(response.status, `${method} ${url}: ${JSON.stringify(response.body)}`).toBe(404);
      expect(response.body.error.code).toBe('not_found');
      expect(response.headers['x-request-id']).toBeTruthy();
    }
    // Nothing B did changed A's data.
    expect((await server.call('GET', `/v3/video-agents/${a.session}`)).body.data.status).toBe('completed');
    expect((await server.call('GET', `/v3/videos/${a.video}`)).body.data.status).toBe('completed');
    expect((await server.call('GET', `/v3/assets/${a.asset}`)).status).toBe(200);
    const endpoints = (await server.call('GET', '/v3/webhooks/endpoints')).body.data;
    expect(endpoints.find((e: { endpoint_id: string }) => e.endpoint_id === a.endpoint)?.status).toBe('active');
  });

  it("B's listings hold none of A's sessions, videos or endpoints", async () => {
    const ids = async (url: string, field: string) => (await server.call('GET', url, undefined, asB)).body.data.map((item: Record<string, string>) => item[field]);
    expect(await ids('/v3/video-agents?limit=100', 'session_id')).not.toContain(a.session);
    expect(await ids('/v3/videos?limit=100', 'id')).not.toContain(a.video);
    expect(await ids('/v3/webhooks/endpoints?limit=100', 'endpoint_id')).not.toContain(a.endpoint);
    const events = (await server.call('GET', '/v3/webhooks/events?limit=100', undefined, asB)).body.data;
    expect(events.every((e: { session_id: string | null }) => e.session_id !== a.session)).toBe(true);
  });

  it("B cannot attach A's asset to a session of its own (422 asset_not_available naming the field, as for an unknown id)", async () => {
    const response = await server.call('POST', '/v3/video-agents', { prompt: 'hi', mode: 'chat', files: [{ type: 'asset_id', asset_id: a.asset }] }, asB);
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({ code: 'asset_not_available', param: 'files[0].asset_id' });
  });
});

describe('media links', () => {
  it('a genuine link serves without a key (it is the capability)', async () => {
    for (const url of [a.videoUrl, a.assetUrl, a.resourceUrl]) {
      const response = await server.app.inject({ method: 'HEAD', url: pathOf(url) });
      expect(response.statusCode, url).toBe(200);
    }
  });

  it('cannot be forged: another blob key under the same signature, a changed signature, a foreign secret → 404', async () => {
    const token = pathOf(a.videoUrl).split('/').pop()!;
    const [body, signature] = token.split('.') as [string, string];
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    const retarget = (key: string) => `${Buffer.from(JSON.stringify({ ...payload, k: key })).toString('base64url')}.${signature}`;
    const longer = `${Buffer.from(JSON.stringify({ ...payload, exp: payload.exp + 10_000_000 })).toString('base64url')}.${signature}`;
    const foreign = createMediaLinks('not-the-server-secret-0123456789', 'http://x', 3600).sign('api-key').split('/').pop()!;
    const flipped = `${body}.${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`;
    for (const bad of [retarget('api-key'), retarget('link-secret'), retarget(`assets/${a.asset}.png`), longer, foreign, flipped, `${body}.`, `.${signature}`, `${body}.${signature}.${signature}`]) {
      const response = await server.app.inject({ method: 'GET', url: `/media/${bad}` });
      expect(response.statusCode, bad).toBe(404);
      expect(response.json().error.code).toBe('not_found');
    }
  });

  it('a genuinely signed link past its expiry → 403 forbidden', async () => {
    const secret = (await loadOrCreateSecret(join(server.dataDir, 'link-secret'))).value;
    const token = pathOf(a.videoUrl).split('/').pop()!;
    const key = JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8')).k as string;
    const expired = createMediaLinks(secret, server.config.publicUrl, 60, () => Date.now() - 3600_000).sign(key);
    const response = await server.app.inject({ method: 'GET', url: pathOf(expired) });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
    // The same key with a fresh signature works: it is the expiry that refused it.
    const fresh = createMediaLinks(secret, server.config.publicUrl, 60).sign(key);
    expect((await server.app.inject({ method: 'HEAD', url: pathOf(fresh) })).statusCode).toBe(200);
  });
});
