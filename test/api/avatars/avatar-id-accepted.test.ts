import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAvatarLooks } from '../../../src/avatars/index.js';
import { fakeMedia, KEY_B, startTestServer, type TestServer } from '../../support/test-server.js';
import { portraitPng } from '../../avatars/portrait-fixture.js';

describe('POST /v3/video-agents with a catalogue avatar_id', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({}, { adapters: fakeMedia() });
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('accepts the id of a real look and refuses an unknown one', async () => {
    const look = listAvatarLooks()[0]!;
    const created = await server.call('POST', '/v3/video-agents', { prompt: 'A short video about tea', mode: 'chat', avatar_id: look.id });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    expect(created.body.data.session_id).toEqual(expect.any(String));
    await server.call('POST', `/v3/video-agents/${created.body.data.session_id}/stop`);

    const listed = await server.call('GET', '/v3/avatars/looks?limit=100');
    const everyId = listed.body.data.map((l: { id: string }) => l.id);
    expect(everyId).toContain(look.id);

    const refused = await server.call('POST', '/v3/video-agents', { prompt: 'A short video about tea', avatar_id: 'no-such-avatar' });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: 'validation_error', param: 'avatar_id' });
  });

  it('renders a video presented by a photo avatar made from an uploaded portrait, for its own key only', async () => {
    const portrait = portraitPng().toString('base64');
    // The portrait arrives as a session file, which stores it as an asset of this key.
    const withFile = await server.call('POST', '/v3/video-agents', {
      prompt: 'Keep this portrait',
      mode: 'chat',
      files: [{ type: 'base64', media_type: 'image/png', data: portrait }],
    });
    const sessionId = withFile.body.data.session_id;
    await server.waitFor(sessionId, ['reviewing', 'waiting_for_input']);
    const resources = (await server.call('GET', `/v3/video-agents/${sessionId}/resources`)).body.data as Array<{ source_type: string; metadata: { asset_id?: string } }>;
    const assetId = resources.find((r) => r.source_type === 'user_uploaded')!.metadata.asset_id!;
    const look = (await server.call('POST', '/v3/avatars/photo', { asset_id: assetId, name: 'Sam' })).body.data;
    expect(look.id).toMatch(/^photo_/);

    const refused = await server.call('POST', '/v3/video-agents', { prompt: 'A video about tea', avatar_id: look.id }, { 'x-api-key': KEY_B });
    expect(refused.status).toBe(400);
    const created = await server.call('POST', '/v3/video-agents', { prompt: 'A short video about green tea and how to brew it: heat the water to 80 degrees, steep the leaves for two minutes, then pour.', avatar_id: look.id, duration_sec: 6 });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const done = await server.waitFor(created.body.data.session_id, ['completed', 'failed']);
    expect(done.status, JSON.stringify(done.messages[0])).toBe('completed');
    const video = (await server.call('GET', `/v3/videos/${done.video_id}`)).body.data;
    expect(video.duration).toBeGreaterThan(1);
  });
});
