import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/test-server.js';

/** A client written against the earlier published form: /v3/video-agents/sessions…, statuses processing/reviewing. */
describe('the earlier form of the interactive API (/v3/video-agents/sessions…)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.dispose();
  });

  async function waitForLegacy(id: string, statuses: string[], timeoutMs = 150_000) {
    const deadline = Date.now() + timeoutMs;
    const seen = new Set<string>();
    for (;;) {
      const res = await server.call('GET', `/v3/video-agents/sessions/${id}`);
      expect(res.status).toBe(200);
      seen.add(res.body.data.status);
      if (statuses.includes(res.body.data.status)) return { data: res.body.data, seen };
      if (Date.now() > deadline) throw new Error(`session ${id} is ${res.body.data.status}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('creates, reviews, revises, approves and completes a chat session, with the earlier status names', async () => {
    const created = await server.call('POST', '/v3/video-agents/sessions', { prompt: 'A short video about why the sky is blue.', mode: 'chat', duration_sec: 8 });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    expect(created.body.data).toMatchObject({ status: 'processing', video_id: null, created_at: expect.any(Number) });
    const id = created.body.data.session_id as string;

    const review = await waitForLegacy(id, ['reviewing']);
    expect(review.seen.has('thinking')).toBe(false);
    // The same session through the current form: its own status name.
    expect((await server.call('GET', `/v3/video-agents/${id}`)).body.data.status).toMatch(/^(reviewing|waiting_for_input)$/);

    const feedback = await server.call('POST', `/v3/video-agents/sessions/${id}/messages`, { message: 'Make it more upbeat' });
    expect(feedback.status, JSON.stringify(feedback.body)).toBe(200);
    expect(feedback.body.data).toMatchObject({ session_id: id, run_id: expect.any(String) });
    await waitForLegacy(id, ['reviewing']);

    expect((await server.call('POST', `/v3/video-agents/sessions/${id}/messages`, { message: 'Looks good, go ahead' })).status).toBe(200);
    const done = await waitForLegacy(id, ['completed', 'failed']);
    expect(done.data.status, JSON.stringify(done.data.messages[0])).toBe('completed');
    expect(done.data.video_id).toEqual(expect.any(String));
    expect([...done.seen].every((status) => ['processing', 'reviewing', 'generating', 'completed'].includes(status))).toBe(true);
  });

  it('stops a session and answers the envelope for unknown ids and bad bodies', async () => {
    // No mode: the earlier form was the interactive API, so the session is a chat.
    const created = await server.call('POST', '/v3/video-agents/sessions', { prompt: 'A video about tides.' });
    const id = created.body.data.session_id as string;
    expect((await server.call('GET', `/v3/video-agents/${id}`)).body.data.mode).toBe('chat');
    const stopped = await server.call('POST', `/v3/video-agents/sessions/${id}/stop`);
    expect(stopped.status).toBe(200);
    expect(stopped.body.data).toEqual({ session_id: id });
    const after = await waitForLegacy(id, ['reviewing', 'failed']);
    // A stopped chat session waits for input: "reviewing" in the earlier form.
    expect(after.data.status).toBe('reviewing');

    const missing = await server.call('GET', '/v3/video-agents/sessions/ses_nope');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ code: 'not_found', param: 'session_id' });
    const noMessage = await server.call('POST', `/v3/video-agents/sessions/${id}/messages`, {});
    expect(noMessage.status).toBe(400);
    expect(noMessage.body.error).toMatchObject({ code: 'validation_error', param: 'message' });
    const noPrompt = await server.call('POST', '/v3/video-agents/sessions', {});
    expect(noPrompt.status).toBe(400);
    expect(noPrompt.body.error).toMatchObject({ code: 'validation_error', param: 'prompt' });
  });
});

describe('request bodies', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('a text/plain body gets 415 unsupported_media_type, on current and earlier routes alike', async () => {
    for (const url of ['/v3/video-agents', '/v3/video-agents/sessions', '/v3/voices/speech']) {
      const res = await server.call('POST', url, 'prompt=hello', { 'content-type': 'text/plain' });
      expect(res.status, url).toBe(415);
      expect(res.body.error).toMatchObject({ code: 'unsupported_media_type', message: expect.any(String) });
      expect(res.headers['x-request-id']).toBeTruthy();
    }
  });

  it('"mode": null is accepted like the other optional nulls (and means generate)', async () => {
    const res = await server.call('POST', '/v3/video-agents', { prompt: 'A video about owls.', mode: null, avatar_id: null, orientation: null });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const id = res.body.data.session_id as string;
    expect((await server.call('GET', `/v3/video-agents/${id}`)).body.data.mode).toBe('generate');
    await server.call('POST', `/v3/video-agents/${id}/stop`);
  });
});
