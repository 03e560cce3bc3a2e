/**
 * Load: many generate-mode sessions created at once by one key. The per-key active-job limit must answer the
 * creates beyond it with 429 + Retry-After (not fall over, not queue without bound); clients that honour
 * Retry-After get in eventually, and every session completes with exactly one video.
 *
 * Each render is real (eSpeak, canvas, ffmpeg). On this 2-core machine a 5-second video takes several seconds
 * even when the machine is quiet, so the default count is small enough for `npm test`; set OVA_LOAD_SESSIONS=100
 * for the full run the issue describes (it runs for many minutes):
 *
 *   OVA_LOAD_SESSIONS=100 npx vitest run test/load
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';

const SESSION_COUNT = Math.max(1, Number(process.env.OVA_LOAD_SESSIONS ?? 8) || 8);
const ACTIVE_LIMIT = 2;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe(`${SESSION_COUNT} generate-mode sessions created at once`, () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ maxActiveJobsPerKey: ACTIVE_LIMIT, renderConcurrency: 2 });
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('answers the creates beyond the active-job limit with 429 + Retry-After, and in the end all complete with one video each', async () => {
    const started = Date.now();
    let refusals = 0;
    let maxActiveSeen = 0;
    let creating = true;

    // Watches the key's sessions while the clients work: the limit must hold at every moment we look.
    const watcher = (async () => {
      while (creating) {
        const { body } = await server.call('GET', `/v3/video-agents?limit=100`);
        const active = (body.data as { status: string }[]).filter((s) => s.status === 'thinking' || s.status === 'generating').length;
        maxActiveSeen = Math.max(maxActiveSeen, active);
        await sleep(250);
      }
    })();

    /** One client: POST until admitted, sleeping for Retry-After after each 429. */
    const client = async (i: number): Promise<string> => {
      for (;;) {
        const response = await server.call('POST', '/v3/video-agents', { prompt: `A tiny clip number ${i} about green tea`, mode: 'generate', duration_sec: 5 });
        if (response.status === 200) return response.body.data.session_id as string;
        expect(response.status, JSON.stringify(response.body)).toBe(429);
        expect(response.body.error.code).toBe('rate_limit_exceeded');
        const retryAfter = Number(response.headers['retry-after']);
        expect(Number.isInteger(retryAfter) && retryAfter > 0, `Retry-After ${String(response.headers['retry-after'])}`).toBe(true);
        refusals++;
        await sleep(retryAfter * 1000);
      }
    };

    let ids: string[];
    try {
      ids = await Promise.all(Array.from({ length: SESSION_COUNT }, (_, i) => client(i)));
    } finally {
      creating = false;
      await watcher;
    }
    expect(new Set(ids).size).toBe(SESSION_COUNT);
    if (SESSION_COUNT > ACTIVE_LIMIT) expect(refusals).toBeGreaterThanOrEqual(SESSION_COUNT - ACTIVE_LIMIT);
    expect(maxActiveSeen).toBeLessThanOrEqual(ACTIVE_LIMIT);

    // The last admitted sessions are still rendering: wait for every one to end.
    const pending = new Set(ids);
    const deadline = Date.now() + 10 * 60_000;
    while (pending.size > 0 && Date.now() < deadline) {
      for (const id of [...pending]) {
        const { body } = await server.call('GET', `/v3/video-agents/${id}`);
        if (body.data.status === 'completed' || body.data.status === 'failed') pending.delete(id);
      }
      if (pending.size > 0) await sleep(1000);
    }
    expect([...pending], 'sessions still not finished').toEqual([]);

    for (const id of ids) {
      const { body: session } = await server.call('GET', `/v3/video-agents/${id}`);
      expect(session.data.status, `session ${id}: ${JSON.stringify(session.data.messages?.[0])}`).toBe('completed');
      const { body: videos } = await server.call('GET', `/v3/video-agents/${id}/videos?limit=10`);
      expect(videos.data, `videos of ${id}`).toHaveLength(1);
      expect(videos.data[0].status).toBe('completed');
      expect(videos.data[0].id).toBe(session.data.video_id);
    }
    // The whole run's time, for the report (not asserted: speed belongs in benchmarks).
    console.log(`${SESSION_COUNT} sessions, limit ${ACTIVE_LIMIT}: ${refusals} refusals (429), max ${maxActiveSeen} active seen, all completed in ${Math.round((Date.now() - started) / 1000)} s`);
  }, 15 * 60_000);
});
