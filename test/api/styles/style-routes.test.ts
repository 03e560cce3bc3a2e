import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listStyles } from '../../../src/styles/index.js';
import { startHarness, type Harness } from '../api-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

describe('GET /v3/video-agents/styles', () => {
  it('lists the styles (not captured by the /v3/video-agents/:session_id route)', async () => {
    const res = await h.call('GET', '/v3/video-agents/styles?limit=100');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.data).toHaveLength(listStyles().length);
    expect(body.has_more).toBe(false);
    for (const style of body.data) {
      expect(style).toMatchObject({ preview_video_url: null, aspect_ratio: '16:9' });
      expect(style.thumbnail_url).toBe(`http://ova.test/v3/video-agents/styles/${style.style_id}/thumbnail`);
      expect(Array.isArray(style.tags)).toBe(true);
    }
  });

  it('filters by tag and pages', async () => {
    const all = listStyles();
    const tag = all[0]!.tags[0]!;
    const tagged = (await h.call('GET', `/v3/video-agents/styles?tag=${encodeURIComponent(tag)}`)).json().data;
    expect(tagged.map((s: { style_id: string }) => s.style_id)).toEqual(all.filter((s) => s.tags.includes(tag)).map((s) => s.style_id));
    const first = (await h.call('GET', '/v3/video-agents/styles?limit=1')).json();
    expect(first.data).toHaveLength(1);
    expect(first.has_more).toBe(all.length > 1);
  });

  it('needs a key for the list but not for thumbnails', async () => {
    expect((await h.app.inject({ method: 'GET', url: '/v3/video-agents/styles' })).statusCode).toBe(401);
  });
});

describe('GET /v3/video-agents/styles/:id/thumbnail', () => {
  it('renders a JPEG once and caches it in blobs', async () => {
    const id = listStyles()[0]!.style_id;
    const res = await h.app.inject({ method: 'GET', url: `/v3/video-agents/styles/${id}/thumbnail` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/jpeg');
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect((await h.deps.blobs.stat(`styles/${id}.jpg`))?.size).toBe(res.rawPayload.length);
  });

  it('answers an unknown style with 404', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/v3/video-agents/styles/nope/thumbnail' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });
});
