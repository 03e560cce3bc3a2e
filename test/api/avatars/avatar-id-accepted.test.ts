import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAvatarLooks } from '../../../src/avatars/index.js';
import { startTestServer, type TestServer } from '../../support/test-server.js';

describe('POST /v3/video-agents with a catalogue avatar_id', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
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
});
