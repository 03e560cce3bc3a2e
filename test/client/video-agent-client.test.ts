import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VideoAgentClient, VideoAgentError, type SessionEvent } from '../../src/client/index.js';
import { probeMedia, resolveFfmpegPath } from '../../src/media/index.js';
import { fakeMedia } from '../support/test-server.js';
import { startListeningTestServer, type ListeningTestServer } from './listening-test-server.js';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('VideoAgentClient against a real server', () => {
  let server: ListeningTestServer;
  let client: VideoAgentClient;
  beforeAll(async () => {
    server = await startListeningTestServer({}, fakeMedia());
    client = new VideoAgentClient({ baseUrl: server.baseUrl, apiKey: server.apiKey });
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('runs a chat from prompt to MP4, waiting over SSE and seeing every status and message as events', async () => {
    const created = await client.createSession({
      prompt: 'A short explainer about why bees matter: they pollinate a third of our food crops.',
      mode: 'chat',
      duration_sec: 8,
    });
    expect(created).toMatchObject({ status: 'thinking', video_id: null });
    const events: SessionEvent[] = [];
    const review = await client.waitFor(created.session_id, ['reviewing', 'waiting_for_input', 'failed'], { onEvent: (event) => events.push(event) });
    expect(review.status).toBe('reviewing');
    expect(review.messages[0]?.content).toContain('Storyboard v1');
    // The first event is the current status; a model message about the storyboard came over the stream too.
    expect(events[0]).toMatchObject({ type: 'status', session_id: created.session_id });
    expect(events.some((event) => event.type === 'message' && event.message.role === 'model')).toBe(true);

    const v1 = await client.getStoryboard(created.session_id);
    expect(v1?.storyboard.version).toBe(1);
    expect(v1?.storyboard.scenes.length).toBeGreaterThan(0);

    const accepted = await client.sendMessage(created.session_id, { message: 'Use a male voice' });
    expect(accepted).toMatchObject({ session_id: created.session_id, run_id: expect.any(String) });
    const revised = await client.waitFor(created.session_id, ['reviewing', 'waiting_for_input', 'failed']);
    expect(revised.messages[0]?.content).toContain('Storyboard v2');
    expect((await client.getStoryboard(created.session_id))?.storyboard.version).toBe(2);
    expect((await client.getStoryboard(created.session_id, 1))?.storyboard.version).toBe(1);

    await client.approve(created.session_id);
    const renderEvents: SessionEvent[] = [];
    const done = await client.waitFor(created.session_id, ['completed', 'failed'], { onEvent: (event) => renderEvents.push(event) });
    expect(done.status, JSON.stringify(done.messages[0])).toBe('completed');
    expect(renderEvents.some((event) => event.type === 'progress')).toBe(true);

    const video = await client.getVideo(done.video_id!);
    expect(video).toMatchObject({ id: done.video_id, status: 'completed', session_id: created.session_id });
    const listed = await client.listSessionVideos(created.session_id);
    expect(listed.data.map((v) => v.id)).toContain(video.id);
    const sessions = await client.listSessions({ limit: 5 });
    expect(sessions.data.map((s) => s.session_id)).toContain(created.session_id);

    // The MP4 behind the signed link is a real video of about the asked length.
    const bytes = new Uint8Array(await (await client.download(video.video_url!)).arrayBuffer());
    const dir = await mkdtemp(join(tmpdir(), 'ova-sdk-'));
    try {
      await writeFile(join(dir, 'v.mp4'), bytes);
      const probe = await probeMedia(join(dir, 'v.mp4'), { ffmpegPath: resolveFfmpegPath() });
      expect(probe.video).toBeTruthy();
      expect(probe.duration).toBeGreaterThan(4);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 240_000);

  it('falls back to polling when the event stream is not there', async () => {
    // A fetch that refuses the SSE endpoint (as a proxy without streaming might) but passes everything else.
    const noSse: typeof fetch = (input, init) =>
      String(input).endsWith('/events') ? Promise.resolve(new Response('nope', { status: 502 })) : fetch(input, init);
    const polling = new VideoAgentClient({ baseUrl: server.baseUrl, apiKey: server.apiKey, fetch: noSse, retries: 0 });
    const created = await polling.createSession({ prompt: 'Three facts about the moon: it is slowly drifting away from Earth, its surface has no wind to blow away footprints, and one side always faces us.', mode: 'chat', duration_sec: 8 });
    const events: SessionEvent[] = [];
    const session = await polling.waitFor(created.session_id, ['reviewing', 'failed'], { pollIntervalMs: 100, onEvent: (e) => events.push(e) });
    expect(session.status).toBe('reviewing');
    expect(events.at(-1)).toMatchObject({ type: 'status', status: 'reviewing' });
  });

  it('lists voices and styles, uploads assets both ways, and reads webhook types', async () => {
    const voices = await client.listVoices({ language: 'en', limit: 3 });
    expect(voices.data).toHaveLength(3);
    expect(voices.has_more).toBe(true);
    const second = await client.listVoices({ language: 'en', limit: 3, token: voices.next_token! });
    expect(second.data[0]?.voice_id).not.toBe(voices.data[0]?.voice_id);
    const styles = await client.listStyles();
    expect(styles.data.length).toBeGreaterThan(0);
    expect((await client.listWebhookEventTypes()).map((type) => type.event_type)).toContain('video_agent.success');
    expect((await client.getCallbackSecret()).secret).toEqual(expect.any(String));

    const text = new Blob(['# Notes\n\nBees pollinate crops.\n'], { type: 'text/markdown' });
    const uploaded = await client.uploadAsset(text, 'notes.md');
    expect(uploaded).toMatchObject({ status: 'ready', filename: 'notes.md', size_bytes: text.size });
    expect(await client.getAsset(uploaded.asset_id)).toMatchObject({ asset_id: uploaded.asset_id });

    const direct = await client.uploadAssetDirect(new Blob(['plain words\n'], { type: 'text/plain' }), 'words.txt');
    expect(direct).toMatchObject({ status: 'ready', size_bytes: 12 });
  });

  it('lists avatars, and manages brand kits and webhook endpoints', async () => {
    const groups = await client.listAvatars();
    expect(groups.data.length).toBeGreaterThan(0);
    const looks = await client.listAvatarLooks({ group_id: groups.data[0]!.id });
    expect(looks.data.every((look) => look.group_id === groups.data[0]!.id)).toBe(true);
    const all = [];
    for await (const look of client.paginate((query) => client.listAvatarLooks(query), { limit: 3 })) all.push(look.id);
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBeGreaterThan(3);

    const kit = await client.createBrandKit({ name: 'Acme', colors: { primary: '#FF6600' } });
    expect(kit).toMatchObject({ name: 'Acme', colors: { primary: '#ff6600' } });
    expect(await client.getBrandKit(kit.brand_kit_id)).toEqual(kit);
    expect((await client.listBrandKits()).data.map((k) => k.brand_kit_id)).toContain(kit.brand_kit_id);
    expect(await client.deleteBrandKit(kit.brand_kit_id)).toEqual({ brand_kit_id: kit.brand_kit_id, deleted: true });

    const endpoint = await client.createWebhookEndpoint({ url: 'http://127.0.0.1:9/hook', events: ['video_agent.success'] });
    expect(endpoint).toMatchObject({ status: 'active', events: ['video_agent.success'], secret: expect.any(String) });
    const disabled = await client.updateWebhookEndpoint(endpoint.endpoint_id, { status: 'disabled' });
    expect(disabled.status).toBe('disabled');
    const rotated = await client.rotateWebhookSecret(endpoint.endpoint_id);
    expect(rotated.secret).not.toBe(endpoint.secret);
    expect((await client.listWebhookEndpoints()).data.map((e) => e.endpoint_id)).toContain(endpoint.endpoint_id);
    expect((await client.deleteWebhookEndpoint(endpoint.endpoint_id)).deleted).toBe(true);
    expect((await client.listWebhookEvents()).data).toEqual(expect.any(Array));
  });

  it('throws typed errors with code, status, param and request id', async () => {
    const error = await client.createSession({ prompt: 'x', duration_sec: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VideoAgentError);
    expect(error).toMatchObject({ code: 'validation_error', status: 400, param: 'duration_sec', requestId: expect.any(String) });

    await expect(client.getSession('sess_nope')).rejects.toMatchObject({ code: 'not_found', status: 404, param: 'session_id' });
    await expect(client.waitFor('sess_nope', ['completed'])).rejects.toMatchObject({ code: 'not_found' });
    const stranger = new VideoAgentClient({ baseUrl: server.baseUrl, apiKey: 'wrong' });
    await expect(stranger.listVoices()).rejects.toMatchObject({ code: 'unauthorized', status: 401 });
    const nowhere = new VideoAgentClient({ baseUrl: 'http://127.0.0.1:9', apiKey: 'k', retries: 1, retryBaseDelayMs: 1 });
    await expect(nowhere.listVoices()).rejects.toMatchObject({ code: 'network_error', status: 0 });
  });

  it('replays a create with the same Idempotency-Key instead of making a second session', async () => {
    const body = { prompt: 'Two facts about owls: they cannot move their eyes, and they turn their heads up to 270 degrees instead.', mode: 'chat' as const, duration_sec: 8 };
    const first = await client.createSession(body, { idempotencyKey: 'sdk-test-owls' });
    const again = await client.createSession(body, { idempotencyKey: 'sdk-test-owls' });
    expect(again.session_id).toBe(first.session_id);
    await client.waitFor(first.session_id, ['reviewing', 'failed']);

    // A session that stays under review: waitFor for "completed" ends by timeout or by abort, as asked.
    await expect(client.waitFor(first.session_id, 'completed', { timeoutMs: 300 })).rejects.toMatchObject({ code: 'timeout', status: 0 });
    const controller = new AbortController();
    const waiting = client.waitFor(first.session_id, 'completed', { signal: controller.signal });
    controller.abort(new Error('user gave up'));
    await expect(waiting).rejects.toThrow('user gave up');
  });
});

describe('VideoAgentClient retries', () => {
  let fake: Server;
  let baseUrl: string;
  const seen: { at: number; key: string | undefined; url: string }[] = [];
  type Answer = { status: number; headers?: Record<string, string>; body: unknown };
  let answers: ((request: IncomingMessage) => Answer)[] = [];

  beforeAll(async () => {
    // A real HTTP server that answers from a script: 429 with Retry-After, 503, then 200.
    fake = createServer((request, response) => {
      seen.push({ at: Date.now(), key: request.headers['idempotency-key'] as string | undefined, url: request.url ?? '' });
      request.resume();
      const answer: Answer = (answers.shift() ?? ((): Answer => ({ status: 500, body: { error: { code: 'internal_error', message: 'script ran out' } } })))(request);
      response.writeHead(answer.status, { 'content-type': 'application/json', 'x-request-id': `req_${seen.length}`, ...answer.headers });
      response.end(JSON.stringify(answer.body));
    });
    await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(fake.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => fake.close(() => resolve()));
  });

  it('waits as long as Retry-After says after a 429, then succeeds, sending the same Idempotency-Key each time', async () => {
    seen.length = 0;
    answers = [
      () => ({ status: 429, headers: { 'retry-after': '1' }, body: { error: { code: 'rate_limit_exceeded', message: 'slow down' } } }),
      () => ({ status: 200, body: { data: { session_id: 'sess_1', status: 'thinking', created_at: 1, video_id: null } } }),
    ];
    // Without Retry-After the backoff would be ~1 ms: only the header can make the client wait a second.
    const client = new VideoAgentClient({ baseUrl, apiKey: 'k', retryBaseDelayMs: 1 });
    const created = await client.createSession({ prompt: 'hello' });
    expect(created.session_id).toBe('sess_1');
    expect(seen).toHaveLength(2);
    expect(seen[1]!.at - seen[0]!.at).toBeGreaterThanOrEqual(950);
    expect(seen[0]!.key).toMatch(/^sdk-/);
    expect(seen[1]!.key).toBe(seen[0]!.key);
  });

  it('retries 5xx with backoff and gives up after `retries`, with the last error typed', async () => {
    seen.length = 0;
    const failure = () => ({ status: 503, body: { error: { code: 'internal_error', message: 'down' } } });
    answers = [failure, failure, failure];
    const client = new VideoAgentClient({ baseUrl, apiKey: 'k', retries: 2, retryBaseDelayMs: 1 });
    await expect(client.listVoices()).rejects.toMatchObject({ code: 'internal_error', status: 503, requestId: 'req_3' });
    expect(seen).toHaveLength(3);
  });

  it('does not retry a 4xx', async () => {
    seen.length = 0;
    answers = [() => ({ status: 409, body: { error: { code: 'conflict', message: 'busy' } } })];
    const client = new VideoAgentClient({ baseUrl, apiKey: 'k', retryBaseDelayMs: 1 });
    await expect(client.sendMessage('s', { message: 'hi' })).rejects.toMatchObject({ code: 'conflict', status: 409 });
    expect(seen).toHaveLength(1);
  });
});
