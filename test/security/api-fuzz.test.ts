import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartBody, tinyPng } from '../api/api-harness.js';
import { fakeMedia, KEY_A, KEY_B, startTestServer, type TestServer } from '../support/test-server.js';

/**
 * Property-based fuzz over every documented endpoint: thousands of malformed requests (random JSON, wrong
 * types, huge and unicode strings, bad ids, headers, content types and queries) through Fastify's inject.
 * Every answer must be below 500, carry X-Request-Id and (for errors) the error envelope; afterwards the
 * server still answers and another key's data is exactly as it was.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 5000);

const asB = { 'x-api-key': KEY_B };

let server: TestServer;
let routes: Array<{ method: string; path: string }>;
/** Ids that exist, all key B's: key A's requests must find none of them. */
const bIds: string[] = [];

async function snapshotOfB(): Promise<unknown> {
  const get = async (url: string) => {
    const response = await server.call('GET', url, undefined, asB);
    // Media links are signed with an expiry counted from now: compare what they point at, not the signature.
    const stable = JSON.parse(JSON.stringify(response.body).replace(/\/media\/[A-Za-z0-9_.-]+/g, '/media/<link>'));
    return { status: response.status, body: stable };
  };
  const [sessionId, assetId, endpointId] = bIds;
  return {
    sessions: await get('/v3/video-agents?limit=100'),
    session: await get(`/v3/video-agents/${sessionId}`),
    resources: await get(`/v3/video-agents/${sessionId}/resources`),
    videos: await get('/v3/videos?limit=100'),
    asset: await get(`/v3/assets/${assetId}`),
    endpoints: await get('/v3/webhooks/endpoints?limit=100'),
    events: await get('/v3/webhooks/events?limit=100'),
    endpointId,
  };
}

beforeAll(async () => {
  // Loopback is refused here (unlike the other suites): no generated URL may reach anything local.
  // One active job at most, so a body that happens to be valid cannot start a pile of renders.
  server = await startTestServer({ allowPrivateUrls: false, maxActiveJobsPerKey: 1 }, { adapters: fakeMedia() });
  await server.app.ready();
  const doc = server.app.swagger() as { paths: Record<string, Record<string, unknown>> };
  routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path })));
  routes.push({ method: 'GET', path: '/openapi.json' });

  const session = await server.call('POST', '/v3/video-agents', { prompt: 'A short video about owls at night', mode: 'chat' }, asB);
  expect(session.status, JSON.stringify(session.body)).toBe(200);
  bIds.push(session.body.data.session_id);
  const upload = multipartBody('file', 'pixel.png', 'image/png', tinyPng);
  const asset = await server.app.inject({ method: 'POST', url: '/v3/assets', payload: upload.payload, headers: { ...upload.headers, ...asB } });
  expect(asset.statusCode, asset.body).toBe(200);
  bIds.push(asset.json().data.asset_id);
  const endpoint = await server.call('POST', '/v3/webhooks/endpoints', { url: 'https://hooks.example.com/b' }, asB);
  expect(endpoint.status, JSON.stringify(endpoint.body)).toBe(200);
  bIds.push(endpoint.body.data.endpoint_id);
  // Let the agent settle at review, so the snapshot cannot change by itself.
  for (const until = Date.now() + 90_000; ; ) {
    const status = (await server.call('GET', `/v3/video-agents/${bIds[0]}`, undefined, asB)).body.data?.status;
    if (status !== 'thinking') break;
    if (Date.now() > until) throw new Error(`key B's session is still ${status}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}, 120_000);

afterAll(async () => {
  await server?.dispose();
});

// ── generators ────────────────────────────────────────────────────────────────────────────────────

const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 80 });
const weirdString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('', ' ', '\u0000', '\u202e', '💥'.repeat(3000), 'a'.repeat(10_001), '{\\pos(0,0)}', "'; DROP TABLE sessions; --", '[0:v]split[a][b];', '../../../../etc/passwd', '%00', 'null', '__proto__', 'constructor'),
);
const idArb = fc.oneof(
  { weight: 3, arbitrary: weirdString },
  { weight: 2, arbitrary: fc.constantFrom(...['ses_', 'ast_', 'vid_', 'res_', 'whe_'].map((p) => `${p}nope0000000000000000`)) },
  { weight: 2, arbitrary: fc.constant(null) /* key B's real ids, filled in at run time */ },
  { weight: 1, arbitrary: fc.constantFrom('..', '.', '%2e%2e', 'x'.repeat(2100), 'a/b', '?', '#') },
);
const wrongValue = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
  weirdString,
);
/** Nearly valid bodies: every known field of every route, each with a chance of being wrong. */
const template: Record<string, unknown> = {
  prompt: 'hello',
  mode: 'chat',
  message: 'ok',
  url: 'https://hooks.example.com/x',
  events: ['video_agent.success'],
  status: 'disabled',
  files: [{ type: 'url', url: 'http://127.0.0.1:1/x.png' }],
  filename: 'a.png',
  content_type: 'image/png',
  size_bytes: 10,
  checksum_sha256: 'ab',
  callback_url: 'http://169.254.169.254/',
  duration_sec: 4,
  orientation: 'square',
};
const nearlyValid = fc
  .tuple(fc.subarray(Object.keys(template)), fc.dictionary(fc.constantFrom(...Object.keys(template)), wrongValue, { maxKeys: 3 }))
  .map(([keys, wrong]) => ({ ...Object.fromEntries(keys.map((k) => [k, template[k]])), ...wrong, mode: 'chat' }));

const bodyArb: fc.Arbitrary<string | Buffer | undefined> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(undefined) },
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)) },
  { weight: 4, arbitrary: nearlyValid.map((v) => JSON.stringify(v)) },
  { weight: 2, arbitrary: weirdString },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map((a) => Buffer.from(a)) },
  { weight: 1, arbitrary: fc.constantFrom('[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[', '{"a":', '{"__proto__":{"admin":true}}', `"${'x'.repeat(1_100_000)}"`, '[' + '1,'.repeat(50_000) + '1]') },
);
const contentTypeArb = fc.oneof(
  fc.constantFrom(undefined, 'application/json', 'application/json; charset=utf-8', 'application/json; charset=latin1', 'text/plain', 'multipart/form-data', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'application/octet-stream', '*/*', 'application/json, text/plain'),
  printable,
);
const keyHeaders = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ 'x-api-key': KEY_A }) },
  { weight: 1, arbitrary: fc.constant({ authorization: `Bearer ${KEY_A}` }) },
  { weight: 1, arbitrary: fc.constant({}) },
  { weight: 1, arbitrary: printable.map((key) => ({ 'x-api-key': key })) },
  { weight: 1, arbitrary: printable.map((value) => ({ authorization: value })) },
);
const extraHeaders = fc.record(
  {
    'idempotency-key': fc.oneof(printable, fc.constant('k'.repeat(300))),
    'x-request-id': printable,
    accept: fc.constantFrom('text/event-stream', 'application/xml', '*/*', 'image/png'),
    range: fc.constantFrom('bytes=0-1', 'bytes=-1', 'bytes=9999999-', 'bytes=5-2', 'items=0-1', 'bytes=abc'),
    'content-encoding': fc.constantFrom('gzip', 'br', 'identity', 'nonsense'),
  },
  { requiredKeys: [] },
);
const queryArb = fc.dictionary(
  fc.oneof(fc.constantFrom('limit', 'token', 'tag', 'language', 'gender', 'group_id', 'avatar_type', 'expires', 'sig'), fc.string({ maxLength: 10 })),
  fc.oneof(fc.constantFrom('0', '-1', '101', '1.5', '1e2', 'NaN', '', '20', 'x'.repeat(600)), weirdString),
  { maxKeys: 3 },
);
const methodArb = fc.oneof({ weight: 8, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS') });

const requestArb = fc.record({
  route: fc.nat(),
  method: methodArb,
  ids: fc.array(fc.tuple(idArb, fc.nat()), { minLength: 3, maxLength: 3 }),
  rawId: fc.boolean(),
  query: queryArb,
  keys: keyHeaders,
  extra: extraHeaders,
  contentType: contentTypeArb,
  body: bodyArb,
});

type FuzzInput = typeof requestArb extends fc.Arbitrary<infer T> ? T : never;

function buildRequest(input: FuzzInput): InjectOptions {
  const route = routes[input.route % routes.length]!;
  let n = 0;
  const path = route.path.replace(/\{[^}]+\}/g, () => {
    const [id, pick] = input.ids[n++ % input.ids.length]!;
    const value = id ?? bIds[pick % bIds.length]!;
    // Mostly encoded (what a client sends); sometimes raw, when it is plain enough to be a URL at all.
    return input.rawId && /^[\x21-\x7e]*$/.test(value) && !/[?#/%]/.test(value) ? value : encodeURIComponent(value);
  });
  const query = new URLSearchParams(input.query as Record<string, string>).toString();
  const headers: Record<string, string> = { ...input.keys, ...input.extra };
  if (input.contentType !== undefined) headers['content-type'] = input.contentType;
  const method = (input.method ?? route.method) as InjectOptions['method'];
  const hasBody = input.body !== undefined && method !== 'GET' && method !== 'HEAD';
  return { method, url: query ? `${path}?${query}` : path, headers, ...(hasBody ? { payload: input.body } : {}) };
}

describe('a multipart body without a boundary (found by this fuzz)', () => {
  it('POST /v3/assets with "multipart/form-data" but no boundary → 400 validation_error, not 500', async () => {
    const response = await server.app.inject({ method: 'POST', url: '/v3/assets', payload: 'xx', headers: { 'x-api-key': KEY_A, 'content-type': 'multipart/form-data' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'validation_error', param: 'content-type' });
  });
});

describe('fuzzing every endpoint with malformed requests', () => {
  it(`${RUNS} generated requests: no 5xx, the envelope and X-Request-Id on every answer, the process alive, key B's data unchanged`, async () => {
    const before = await snapshotOfB();
    const statuses = new Map<number, number>();
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(requestArb, async (input) => {
        const request = buildRequest(input);
        const response = await server.app.inject(request);
        sent++;
        statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
        const where = `${request.method} ${String(request.url).slice(0, 200)} → ${response.statusCode} ${response.body.slice(0, 300)}`;
        expect(response.statusCode, where).toBeLessThan(500);
        expect(response.headers['x-request-id'], where).toBeTruthy();
        if (response.statusCode >= 400 && request.method !== 'HEAD') {
          const body = JSON.parse(response.body) as { error?: { code?: unknown; message?: unknown } };
          expect(typeof body.error?.code, where).toBe('string');
          expect(typeof body.error?.message, where).toBe('string');
        }
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
    expect(sent).toBe(RUNS);
    // Alive: health, and a real request still works for both keys.
    expect((await server.app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
    expect((await server.call('GET', '/v3/video-agents')).status).toBe(200);
    expect(await snapshotOfB()).toEqual(before);
    // A spread of outcomes, not one error repeated: the fuzz reached past auth and validation.
    const seen = [...statuses.keys()];
    expect(seen).toEqual(expect.arrayContaining([200, 400, 401, 404]));
    console.info(`fuzz: ${sent} requests, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}`);
  }, 180_000);
});
