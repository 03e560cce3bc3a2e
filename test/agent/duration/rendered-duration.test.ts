import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeMedia, resolveFfmpegPath } from '../../../src/media/index.js';
import { startTestServer, type TestServer } from '../../support/test-server.js';

describe('a bare topic rendered through the whole server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('comes out within ±10 % of the 15 s asked for, and its storyboard carries the brand kit', async () => {
    const kit = await server.call('POST', '/v3/brand-kits', { name: 'Hive', colors: { primary: '#D97706', background: '#FFFBEB' }, font: 'Inter' });
    expect(kit.status).toBe(200);
    const created = await server.call('POST', '/v3/video-agents', { prompt: 'Explain quantum computing', duration_sec: 15, brand_kit_id: kit.body.data.brand_kit_id });
    expect(created.status).toBe(200);
    const id = created.body.data.session_id as string;
    const done = await server.waitFor(id, ['completed', 'failed'], 300_000);
    expect(done.status, JSON.stringify(done.messages[0])).toBe('completed');

    const probe = await probeMedia(join(server.dataDir, 'blobs', 'videos', done.video_id, 'video.mp4'), { ffmpegPath: resolveFfmpegPath(null) });
    expect(Math.abs(probe.duration - 15), `rendered ${probe.duration.toFixed(2)} s`).toBeLessThanOrEqual(15 * 0.1);

    const resources = (await server.call('GET', `/v3/video-agents/${id}/resources`)).body.data as { resource_type: string; url: string; metadata: { version?: number } }[];
    const draft = resources.find((r) => r.resource_type === 'draft')!;
    const url = new URL(draft.url);
    const storyboard = (await server.app.inject({ method: 'GET', url: url.pathname + url.search })).json();
    expect(storyboard.brand).toEqual({ colors: { primary: '#d97706', background: '#fffbeb' }, font: 'Inter', logo_asset_id: null });
    const planned = (storyboard.scenes as { duration_sec: number }[]).reduce((n, s) => n + s.duration_sec, 0);
    process.stderr.write(`rendered 15 s target: planned ${planned.toFixed(2)} s, probed ${probe.duration.toFixed(2)} s\n`);
  }, 360_000);
});
