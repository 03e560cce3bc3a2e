import { readdir } from 'node:fs/promises';
import { createServer as createHttpServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeMedia, resolveFfmpegPath } from '../../../src/media/index.js';
import { verifyWebhook } from '../../../src/webhooks/index.js';
import { fakeMedia, KEY_A, KEY_B, startTestServer, type TestServer } from '../../support/test-server.js';

/** Fetches a signed media link through the app (no API key), as a browser or curl would. */
async function download(server: TestServer, url: string, headers: Record<string, string> = {}) {
  const path = new URL(url).pathname + new URL(url).search;
  return server.app.inject({ method: 'GET', url: path, headers });
}

describe('a chat session from prompt to MP4', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({}, { adapters: fakeMedia({ espeak: true }) });
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('goes prompt → reviewing → feedback → reviewing → approve → completed, and the MP4 is real', async () => {
    const created = await server.call('POST', '/v3/video-agents', {
      prompt: 'Make a short explainer about why bees matter: they pollinate a third of our food crops, and colonies have declined by 40 percent in some regions.',
      mode: 'chat',
      duration_sec: 15,
    });
    expect(created.status).toBe(200);
    expect(created.body.data).toMatchObject({ status: 'thinking', video_id: null });
    const id = created.body.data.session_id as string;

    // v1: a storyboard to review, with a draft resource and one image per scene.
    const v1 = await server.waitFor(id, ['reviewing']);
    expect(v1.title).toEqual(expect.any(String));
    expect(v1.progress).toBeGreaterThan(0);
    expect(v1.messages.length).toBeLessThanOrEqual(40);
    const review = v1.messages[0];
    expect(review).toMatchObject({ role: 'model', type: 'resource' });
    expect(review.content).toContain('Storyboard v1');
    expect(v1.messages.at(-1)).toMatchObject({ role: 'user', type: 'text' });
    const [draftId, ...imageIds] = review.resource_ids as string[];
    const draft = await server.call('GET', `/v3/video-agents/${id}/resources/${draftId}`);
    expect(draft.body.data).toMatchObject({ resource_type: 'draft', source_type: 'generated', metadata: { version: 1 } });
    const storyboardJson = await download(server, draft.body.data.url);
    expect(storyboardJson.statusCode).toBe(200);
    const storyboard = storyboardJson.json();
    expect(storyboard.version).toBe(1);
    expect(imageIds).toHaveLength(storyboard.scenes.length);
    const image = await server.call('GET', `/v3/video-agents/${id}/resources/${imageIds[0]}`);
    expect(image.body.data.resource_type).toBe('image');
    const jpeg = await download(server, image.body.data.url);
    expect(jpeg.headers['content-type']).toContain('image/jpeg');
    expect(jpeg.rawPayload.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));

    // Feedback: a revision with a message saying what changed.
    const scenesBefore = storyboard.scenes.length as number;
    const feedback = await server.call('POST', `/v3/video-agents/${id}`, { message: 'Remove scene 2 and use a male voice' });
    expect(feedback.status).toBe(200);
    expect(feedback.body.data).toMatchObject({ session_id: id, run_id: expect.any(String) });
    const v2 = await server.waitFor(id, ['reviewing', 'waiting_for_input']);
    expect(v2.status).toBe('reviewing');
    expect(v2.messages[0].content).toContain('Storyboard v2');
    const resources = (await server.call('GET', `/v3/video-agents/${id}/resources`)).body.data as any[];
    const draft2 = resources.find((r) => r.resource_type === 'draft' && r.metadata.version === 2);
    expect(draft2.metadata.scene_count).toBe(scenesBefore - 1);

    // Approve: render, then completed with a playable video.
    expect((await server.call('POST', `/v3/video-agents/${id}`, { message: 'Looks good, go ahead' })).status).toBe(200);
    const done = await server.waitFor(id, ['completed', 'failed'], 120_000);
    expect(done.status, JSON.stringify(done.messages[0])).toBe('completed');
    expect(done.progress).toBe(100);
    expect(done.video_id).toEqual(expect.any(String));

    const video = (await server.call('GET', `/v3/videos/${done.video_id}`)).body.data;
    expect(video).toMatchObject({ id: done.video_id, status: 'completed' });
    // v1 met the 15 s target; v2 lost a scene, and the video is as long as v2 was estimated to be.
    const draft1 = resources.find((r) => r.resource_type === 'draft' && r.metadata.version === 1);
    // The rules never pad: two facts make a video of two facts, never longer than asked.
    expect(draft1.metadata.estimated_duration_sec).toBeLessThanOrEqual(15 * 1.1);
    expect(Math.abs(video.duration - draft2.metadata.estimated_duration_sec)).toBeLessThanOrEqual(draft2.metadata.estimated_duration_sec * 0.1);
    for (const field of ['video_url', 'captioned_video_url', 'thumbnail_url', 'subtitle_url', 'vtt_url', 'gif_url']) expect(video[field]).toMatch(/^http/);

    const listed = (await server.call('GET', `/v3/video-agents/${id}/videos`)).body;
    expect(listed.data.map((v: any) => v.id)).toEqual([done.video_id]);

    // The files download without a key; the MP4 is H.264 + AAC at 1080p and serves byte ranges.
    const mp4 = await download(server, video.video_url);
    expect(mp4.statusCode).toBe(200);
    const videoPath = join(server.dataDir, 'blobs', 'videos', done.video_id, 'video.mp4');
    const probe = await probeMedia(videoPath, { ffmpegPath: resolveFfmpegPath(null) });
    expect(probe.video).toMatchObject({ codec: 'h264', pixFmt: 'yuv420p' });
    expect([probe.video?.width, probe.video?.height]).toEqual([1920, 1080]);
    expect(probe.audio?.codec).toBe('aac');
    expect(Math.abs(probe.duration - video.duration)).toBeLessThan(0.5);
    const range = await download(server, video.video_url, { range: 'bytes=0-99' });
    expect(range.statusCode).toBe(206);
    expect(range.rawPayload.length).toBe(100);
    const srt = await download(server, video.subtitle_url);
    expect(srt.body).toMatch(/^1\r?\n00:00:\d\d,\d{3} --> 00:00:\d\d,\d{3}/);
    const captioned = await download(server, video.captioned_video_url);
    expect(captioned.statusCode).toBe(200);
    const vtt = await download(server, video.vtt_url);
    expect(vtt.body).toMatch(/^WEBVTT/);
    const gif = await download(server, video.gif_url);
    expect(gif.headers['content-type']).toContain('image/gif');
    expect(gif.rawPayload.subarray(0, 6).toString('latin1')).toMatch(/^GIF8[79]a$/);

    // No temporary files are left behind.
    expect(await readdir(join(server.dataDir, 'tmp')).catch(() => [])).toEqual([]);
  });

  it('plans from an attached markdown document, which is kept as a user_uploaded asset', async () => {
    const notes = [
      '# Quarterly update',
      '',
      'Revenue grew 32 percent to 4.1 million dollars.',
      '',
      '- We opened an office in Lisbon.',
      '- The mobile app reached 50,000 users.',
      '- Support response time fell to two hours.',
    ].join('\n');
    const created = await server.call('POST', '/v3/video-agents', {
      prompt: 'Turn these notes into a short update video for the team.',
      mode: 'chat',
      files: [{ type: 'base64', media_type: 'text/markdown', data: Buffer.from(notes).toString('base64') }],
    });
    expect(created.status).toBe(200);
    const session = await server.waitFor(created.body.data.session_id, ['reviewing']);
    const draft = (await server.call('GET', `/v3/video-agents/${session.session_id}/resources/${session.messages[0].resource_ids[0]}`)).body.data;
    const storyboard = (await download(server, draft.url)).json();
    const narration = storyboard.scenes.map((scene: any) => scene.narration).join(' ');
    expect(narration).toMatch(/Lisbon/);
    expect(narration).toMatch(/50,000|fifty thousand/i);
    const resources = (await server.call('GET', `/v3/video-agents/${session.session_id}/resources`)).body.data as any[];
    const upload = resources.find((r) => r.source_type === 'user_uploaded');
    expect(upload).toMatchObject({ resource_type: 'document', metadata: { mime_type: 'text/markdown' } });
    expect((await download(server, upload.url)).body).toBe(notes);
  });

  it('feedback it cannot apply → an answer saying what it can do', async () => {
    const id = (await server.call('POST', '/v3/video-agents', { prompt: 'A short video about tidying your desk in five minutes: clear everything off, wipe it down, put back only what you use every day, and file the loose papers.', mode: 'chat' })).body.data.session_id;
    await server.waitFor(id, ['reviewing']);
    await server.call('POST', `/v3/video-agents/${id}`, { message: 'Make the colours sparkle like a unicorn dream' });
    let after = await server.waitFor(id, ['waiting_for_input', 'reviewing']);
    for (let i = 0; i < 50 && after.messages[0].role !== 'model'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = await server.waitFor(id, ['waiting_for_input', 'reviewing']);
    }
    // The storyboard is unchanged, so the session stays where a next message can act on it.
    expect(['waiting_for_input', 'reviewing']).toContain(after.status);
    expect(after.messages[0].role).toBe('model');
    expect(after.messages[0].content.length).toBeGreaterThan(20);
  });

  it('stopping a render kills it, keeps the storyboard, and leaves no temporary files', async () => {
    const id = (await server.call('POST', '/v3/video-agents', { prompt: 'A 60 second video about the history of the bicycle. The first two-wheeled running machine appeared in 1817 in Germany. Pedals on the front wheel came in the 1860s in France. The high-wheeler followed, fast but dangerous. The safety bicycle of 1885 gave us the chain drive and equal wheels. Pneumatic tyres made riding comfortable in 1888. Today there are more than a billion bicycles in the world.', mode: 'chat', duration_sec: 60 })).body.data.session_id;
    await server.waitFor(id, ['reviewing']);
    await server.call('POST', `/v3/video-agents/${id}`, { message: 'approve' });
    const generating = await server.waitFor(id, ['generating']);
    // The video has its id (and a row) from the moment the render is queued.
    expect(generating.video_id).toMatch(/^vid_/);
    expect((await server.call('GET', `/v3/videos/${generating.video_id}`)).body.data.status).toMatch(/^(pending|processing)$/);
    // A message while rendering is queued (it would revise the video once done); the stop drops it.
    const busy = await server.call('POST', `/v3/video-agents/${id}`, { message: 'shorter' });
    expect(busy.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const stopped = await server.call('POST', `/v3/video-agents/${id}/stop`, {});
    expect(stopped.status).toBe(200);
    const after = (await server.call('GET', `/v3/video-agents/${id}`)).body.data;
    expect(after.status).toBe('waiting_for_input');
    expect(after.messages[0].content).toMatch(/Stopped rendering/);
    expect(after.messages[0].content).toMatch(/The message sent while it was busy was not applied/);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await readdir(join(server.dataDir, 'tmp')).catch(() => [])).toEqual([]);
    const resources = (await server.call('GET', `/v3/video-agents/${id}/resources`)).body.data;
    expect(resources.some((r: any) => r.resource_type === 'draft')).toBe(true);
  });

  it('streams status, progress and messages over Server-Sent Events', async () => {
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
    const id = (await server.call('POST', '/v3/video-agents', { prompt: 'A short video about sourdough bread: it rises with wild yeast instead of packaged yeast, the long fermentation gives it its tang, and the crust turns dark and crisp in a hot oven.', mode: 'chat' })).body.data.session_id;
    const controller = new AbortController();
    const response = await fetch(`${base}/v3/video-agents/${id}/events`, { headers: { 'x-api-key': KEY_A }, signal: controller.signal });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.getReader();
    let text = '';
    const decoder = new TextDecoder();
    while (!text.includes('"status":"reviewing"')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value);
    }
    controller.abort();
    expect(text).toContain('event: status');
    expect(text).toContain('event: message');
    expect(text).toContain('"status":"reviewing"');
  });
});

describe('a generate-mode session with a callback_url', () => {
  it('renders without review and delivers a signed video_agent.success webhook', async () => {
    const received: { headers: IncomingMessage['headers']; body: string }[] = [];
    const receiver = createHttpServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        received.push({ headers: request.headers, body });
        response.end('ok');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const callback = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    const server = await startTestServer({}, { adapters: fakeMedia() });
    try {
      const created = await server.call('POST', '/v3/video-agents', {
        prompt: 'Announce our new app for portrait TikTok: it plans your week in one tap. It reads your calendar, finds time to focus, and reminds you before every deadline. Try it free today.',
        duration_sec: 8,
        callback_url: callback,
        callback_id: 'cb-42',
      });
      const id = created.body.data.session_id;
      const done = await server.waitFor(id, ['completed', 'failed'], 120_000);
      expect(done.status, JSON.stringify(done.messages[0])).toBe('completed');
      const video = (await server.call('GET', `/v3/videos/${done.video_id}`)).body.data;
      // Never padded past the target; sentences are left out (never slowed down) to come close to it.
      expect(video.duration).toBeLessThanOrEqual(8 * 1.15);
      expect(video.duration).toBeGreaterThanOrEqual(8 * 0.5);
      const probe = await probeMedia(join(server.dataDir, 'blobs', 'videos', done.video_id, 'video.mp4'), { ffmpegPath: resolveFfmpegPath(null) });
      expect([probe.video?.width, probe.video?.height]).toEqual([1080, 1920]);
      expect(video.status).toBe('completed');

      for (let i = 0; i < 50 && received.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(received).toHaveLength(1);
      const payload = JSON.parse(received[0]!.body);
      expect(payload).toMatchObject({ event_type: 'video_agent.success', event_data: { session_id: id, video_id: done.video_id, callback_id: 'cb-42' } });
      expect(payload.event_data.url).toMatch(/^http/);
      const secret = (await server.call('GET', '/v3/webhooks/callback-secret')).body.data.secret;
      expect(secret).toMatch(/^whsec_/);
      expect(verifyWebhook(secret, received[0]!.headers as Record<string, string>, received[0]!.body)).toBe(true);
      const otherKeysSecret = (await server.call('GET', '/v3/webhooks/callback-secret', undefined, { 'x-api-key': KEY_B })).body.data.secret;
      expect(verifyWebhook(otherKeysSecret, received[0]!.headers as Record<string, string>, received[0]!.body)).toBe(false);

      // Each attempt is recorded in the delivery history.
      const events = (await server.call('GET', '/v3/webhooks/events')).body.data;
      expect(events[0]).toMatchObject({ event_type: 'video_agent.success', session_id: id, status: 'delivered', url: callback });
      expect(events[0].attempts).toHaveLength(1);
      expect(events[0].attempts[0].status_code).toBe(200);
      expect((await server.call('GET', '/v3/webhooks/events', undefined, { 'x-api-key': KEY_B })).body.data).toEqual([]);
      expect((await server.call('GET', '/v3/webhooks/event-types')).body.data.map((type: { event_type: string }) => type.event_type)).toEqual(['video_agent.success', 'video_agent.fail']);
    } finally {
      await server.dispose();
      receiver.close();
    }
  });
});
