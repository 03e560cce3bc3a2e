import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAvatarGroups, listAvatarLooks } from '../../../src/avatars/index.js';
import { EspeakTtsEngine, probeMedia, resolveFfmpegPath } from '../../../src/media/index.js';
import { startHarness, type Harness } from '../api-harness.js';

let h: Harness;
const tts = new EspeakTtsEngine();
beforeAll(async () => {
  h = await startHarness({ tts });
});
afterAll(async () => {
  await h.close();
  await tts.close();
});

async function probe(bytes: Buffer, name: string) {
  const path = join(h.dataDir, name);
  await writeFile(path, bytes);
  return probeMedia(path, { ffmpegPath: resolveFfmpegPath() });
}

describe('GET /v3/avatars', () => {
  it('lists the presenters (groups) in the API shape', async () => {
    const res = await h.call('GET', '/v3/avatars?limit=100');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.has_more).toBe(false);
    expect(body.data).toHaveLength(listAvatarGroups().length);
    const group = body.data[0];
    expect(Object.keys(group).sort()).toEqual(['created_at', 'default_voice_id', 'gender', 'id', 'looks_count', 'name', 'preview_image_url', 'preview_video_url']);
    expect(group.preview_image_url).toMatch(/^http:\/\/ova\.test\/v3\/avatars\/looks\/[^/]+\/preview\.png$/);
    expect(group.preview_video_url).toMatch(/^http:\/\/ova\.test\/v3\/avatars\/looks\/[^/]+\/preview\.mp4$/);
    expect(Number.isInteger(group.created_at)).toBe(true);
  });

  it('pages with limit and token', async () => {
    const first = (await h.call('GET', '/v3/avatars?limit=2')).json();
    expect(first.data).toHaveLength(2);
    expect(first.has_more).toBe(true);
    const second = (await h.call('GET', `/v3/avatars?limit=2&token=${first.next_token}`)).json();
    expect(second.data[0].id).not.toBe(first.data[0].id);
    expect(second.data[0].id).not.toBe(first.data[1].id);
  });

  it('needs an API key', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/v3/avatars' });
    expect(res.statusCode).toBe(401);
  });
});

describe('GET /v3/avatars/looks', () => {
  it('lists every look in the API shape; each id is an avatar_id', async () => {
    const body = (await h.call('GET', '/v3/avatars/looks?limit=100')).json();
    expect(body.data.map((look: { id: string }) => look.id)).toEqual(listAvatarLooks().map((look) => look.id));
    const look = body.data[0];
    expect(Object.keys(look).sort()).toEqual(
      ['avatar_type', 'default_voice_id', 'gender', 'group_id', 'id', 'image_height', 'image_width', 'name', 'preferred_orientation', 'preview_image_url', 'preview_video_url', 'tags'].sort(),
    );
    expect(look).toMatchObject({ avatar_type: 'studio_avatar', image_width: 640, image_height: 640 });
    expect(look.default_voice_id).toMatch(/^espeak-/);
  });

  it('filters by group_id and avatar_type, and pages', async () => {
    const group = listAvatarGroups().find((g) => g.looks_count > 1)!;
    const looks = (await h.call('GET', `/v3/avatars/looks?group_id=${group.id}`)).json().data;
    expect(looks).toHaveLength(group.looks_count);
    for (const look of looks) expect(look.group_id).toBe(group.id);
    expect((await h.call('GET', '/v3/avatars/looks?avatar_type=studio_avatar&limit=100')).json().data).toHaveLength(listAvatarLooks().length);
    expect((await h.call('GET', '/v3/avatars/looks?avatar_type=photo_avatar')).json()).toEqual({ data: [], has_more: false, next_token: null });
    const page = (await h.call('GET', '/v3/avatars/looks?limit=3')).json();
    expect(page.data).toHaveLength(3);
    const next = (await h.call('GET', `/v3/avatars/looks?limit=3&token=${page.next_token}`)).json();
    expect(next.data[0].id).toBe(listAvatarLooks()[3]!.id);
  });

  it('rejects bad filters with the error envelope', async () => {
    expect((await h.call('GET', '/v3/avatars/looks?group_id=nobody')).json().error).toMatchObject({ code: 'not_found', param: 'group_id' });
    expect((await h.call('GET', '/v3/avatars/looks?avatar_type=hologram')).json().error).toMatchObject({ code: 'validation_error', param: 'avatar_type' });
    expect((await h.call('GET', '/v3/avatars/looks?limit=0')).json().error).toMatchObject({ code: 'validation_error', param: 'limit' });
    expect((await h.call('GET', '/v3/avatars/looks?token=bogus')).json().error).toMatchObject({ code: 'validation_error', param: 'token' });
  });
});

describe('avatar previews', () => {
  it('renders a PNG on first request, without an API key, and caches it in blobs', async () => {
    const look = listAvatarLooks()[0]!;
    const url = `/v3/avatars/looks/${look.id}/preview.png`;
    const res = await h.app.inject({ method: 'GET', url });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    const info = await probe(res.rawPayload, 'preview.png');
    expect(info.video).toMatchObject({ width: 640, height: 640 });
    expect((await h.deps.blobs.stat(`avatars/v1/${look.id}.png`))?.size).toBe(res.rawPayload.length);
    const again = await h.app.inject({ method: 'GET', url });
    expect(again.rawPayload.equals(res.rawPayload)).toBe(true);
  });

  it('renders a ~3 s lip-synced MP4 with the narration, once, then serves it from blobs', async () => {
    const look = listAvatarLooks().find((l) => l.gender === 'male')!;
    const url = `/v3/avatars/looks/${look.id}/preview.mp4`;
    const res = await h.app.inject({ method: 'GET', url });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toBe('video/mp4');
    const info = await probe(res.rawPayload, 'preview.mp4');
    expect(info.video).toMatchObject({ codec: 'h264', width: 480, height: 480, fps: 30 });
    expect(info.audio?.codec).toBe('aac');
    expect(info.duration).toBeGreaterThan(2);
    expect(info.duration).toBeLessThan(5);
    const key = `avatars/v1/${look.id}.mp4`;
    expect((await h.deps.blobs.stat(key))?.size).toBe(res.rawPayload.length);
    const again = await h.app.inject({ method: 'GET', url });
    expect(again.rawPayload.equals(res.rawPayload)).toBe(true);
  }, 60_000);

  it('serves byte ranges of the MP4 for video players', async () => {
    const look = listAvatarLooks().find((l) => l.gender === 'male')!;
    const url = `/v3/avatars/looks/${look.id}/preview.mp4`;
    const whole = (await h.app.inject({ method: 'GET', url })).rawPayload;
    const part = await h.app.inject({ method: 'GET', url, headers: { range: 'bytes=0-99' } });
    expect(part.statusCode).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 0-99/${whole.length}`);
    expect(part.rawPayload.equals(whole.subarray(0, 100))).toBe(true);
    const tail = await h.app.inject({ method: 'GET', url, headers: { range: 'bytes=-10' } });
    expect(tail.rawPayload.equals(whole.subarray(whole.length - 10))).toBe(true);
    const outside = await h.app.inject({ method: 'GET', url, headers: { range: `bytes=${whole.length + 5}-` } });
    expect(outside.statusCode).toBe(416);
    expect(outside.json().error).toMatchObject({ code: 'validation_error', param: 'Range' });
  }, 60_000);

  it('answers an unknown look with 404', async () => {
    for (const kind of ['png', 'mp4']) {
      const res = await h.app.inject({ method: 'GET', url: `/v3/avatars/looks/no-such-look/preview.${kind}` });
      expect(res.statusCode).toBe(404);
      expect(res.json().error).toMatchObject({ code: 'not_found', param: 'avatar_id' });
    }
  });
});

describe('openapi', () => {
  it('documents the avatar routes, the previews without an API key', async () => {
    const doc = (await h.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    for (const path of ['/v3/avatars', '/v3/avatars/looks', '/v3/avatars/looks/{avatar_id}/preview.png', '/v3/avatars/looks/{avatar_id}/preview.mp4']) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    expect(doc.paths['/v3/avatars/looks'].get.security).toEqual([{ apiKey: [] }, { bearer: [] }]);
    expect(doc.paths['/v3/avatars/looks/{avatar_id}/preview.mp4'].get.security).toBeUndefined();
  });
});
