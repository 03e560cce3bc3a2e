import { describe, expect, it } from 'vitest';
import { fakeMedia, startTestServer } from '../support/test-server.js';

describe('the session watchdog', () => {
  it('fails a render that outlives its deadline, with a message saying why, and kills its work', async () => {
    const server = await startTestServer({ renderTimeoutSec: 1 }, { adapters: fakeMedia() });
    try {
      const id = (await server.call('POST', '/v3/video-agents', { prompt: 'A 40 second video about the moon landing. Apollo 11 launched on 16 July 1969. Four days later the lunar module Eagle landed in the Sea of Tranquility. Neil Armstrong stepped out first, and Buzz Aldrin followed him. They planted a flag, set up experiments and collected moon rocks. Michael Collins waited in orbit above them. All three came home safely on 24 July.', duration_sec: 40 })).body.data.session_id;
      const done = await server.waitFor(id, ['completed', 'failed'], 60_000);
      expect(done.status).toBe('failed');
      expect(done.messages[0]).toMatchObject({ role: 'model', type: 'error' });
      expect(done.messages[0].content).toMatch(/longer than the 1 s limit/);
      const videos = (await server.call('GET', `/v3/video-agents/${id}/videos`)).body.data;
      expect(videos[0]).toMatchObject({ status: 'failed', failure_message: expect.stringMatching(/1 s limit/) });
    } finally {
      await server.dispose();
    }
  });
});
