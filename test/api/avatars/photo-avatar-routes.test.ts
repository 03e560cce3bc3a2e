import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadImage } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPhotoPresenterLayer } from '../../../src/avatars/index.js';
import { EspeakTtsEngine, probeMedia, resolveFfmpegPath } from '../../../src/media/index.js';
import { KEY_B, multipartBody, startHarness, tinyPng, type Harness } from '../api-harness.js';
import { portraitPng } from '../../avatars/portrait-fixture.js';

let h: Harness;
const tts = new EspeakTtsEngine();
beforeAll(async () => {
  h = await startHarness({ tts });
});
afterAll(async () => {
  await h.close();
  await tts.close();
});

async function upload(bytes: Buffer, filename: string, type: string, headers: Record<string, string> = {}): Promise<string> {
  const form = multipartBody('file', filename, type, bytes);
  const res = await h.call('POST', '/v3/assets', form.payload, { ...form.headers, ...headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data.asset_id as string;
}

describe('POST /v3/avatars/photo', () => {
  let lookId: string;

  it('turns an uploaded portrait into a photo_avatar look listed for that key only', async () => {
    const assetId = await upload(portraitPng(), 'me.png', 'image/png');
    const res = await h.call('POST', '/v3/avatars/photo', { asset_id: assetId, name: '  Sam  ' });
    expect(res.statusCode, res.body).toBe(200);
    const look = res.json().data;
    expect(look).toMatchObject({ name: 'Sam', avatar_type: 'photo_avatar', image_width: 300, image_height: 400, preferred_orientation: 'portrait', default_voice_id: 'espeak-en-us-female' });
    expect(look.id).toMatch(/^photo_[0-9a-f]{24}$/);
    expect(look.preview_image_url).toBe(`http://ova.test/v3/avatars/looks/${look.id}/preview.png`);
    lookId = look.id;

    const mine = (await h.call('GET', '/v3/avatars/looks?limit=100')).json().data.map((l: { id: string }) => l.id);
    expect(mine).toContain(lookId);
    const photosOnly = (await h.call('GET', '/v3/avatars/looks?avatar_type=photo_avatar')).json().data;
    expect(photosOnly.map((l: { id: string }) => l.id)).toEqual([lookId]);
    const studioOnly = (await h.call('GET', '/v3/avatars/looks?avatar_type=studio_avatar&limit=100')).json().data;
    expect(studioOnly.some((l: { id: string }) => l.id === lookId)).toBe(false);
    const theirs = (await h.call('GET', '/v3/avatars/looks?limit=100', undefined, { 'x-api-key': KEY_B })).json().data;
    expect(theirs.some((l: { id: string }) => l.id === lookId)).toBe(false);
  });

  it('serves a framed preview image and a speaking preview video without an API key', async () => {
    const png = await h.app.inject({ method: 'GET', url: `/v3/avatars/looks/${lookId}/preview.png` });
    expect(png.statusCode).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    const image = await loadImage(png.rawPayload);
    expect([image.width, image.height]).toEqual([640, 640]);

    const mp4 = await h.app.inject({ method: 'GET', url: `/v3/avatars/looks/${lookId}/preview.mp4` });
    expect(mp4.statusCode).toBe(200);
    const path = join(h.dataDir, 'photo-preview.mp4');
    await writeFile(path, mp4.rawPayload);
    const probe = await probeMedia(path, { ffmpegPath: resolveFfmpegPath() });
    expect(probe.video).toMatchObject({ width: 480, height: 480 });
    expect(probe.audio).toBeDefined();
    expect(probe.duration).toBeGreaterThan(1.5);
  });

  it('refuses what cannot become a photo avatar, naming the field', async () => {
    const cases: [unknown, string, RegExp][] = [
      [{ asset_id: 'asset_nope', name: 'X' }, 'asset_id', /No asset asset_nope/],
      [{ asset_id: await upload(Buffer.from('just words\n'), 'notes.txt', 'text/plain'), name: 'X' }, 'asset_id', /needs an image/],
      [{ asset_id: await upload(tinyPng, 'dot.png', 'image/png'), name: 'X' }, 'asset_id', /at least 64 pixels/],
      // Another key's upload is not yours to use.
      [{ asset_id: await upload(portraitPng(), 'b.png', 'image/png', { 'x-api-key': KEY_B }), name: 'X' }, 'asset_id', /No asset/],
      [{ asset_id: await upload(portraitPng(), 'c.png', 'image/png'), name: '   ' }, 'name', /must not be blank/],
    ];
    for (const [body, param, message] of cases) {
      const res = await h.call('POST', '/v3/avatars/photo', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'validation_error', param });
      expect(res.json().error.message).toMatch(message);
    }
    const missing = await h.call('POST', '/v3/avatars/photo', { name: 'No asset' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.code).toBe('validation_error');
  });

  it('answers 404 for the preview of a photo look that does not exist', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/v3/avatars/looks/photo_000000000000000000000000/preview.png' });
    expect(res.statusCode).toBe(404);
  });
});

describe('loadPhotoPresenterLayer', () => {
  it('gives the renderer a layer for a photo look of its owner, and null for another owner or a studio id', async () => {
    const assetId = await upload(portraitPng(), 'layer.png', 'image/png');
    const look = (await h.call('POST', '/v3/avatars/photo', { asset_id: assetId, name: 'Layer' })).json().data;
    const owner = (await h.deps.store.getAsset(assetId))!.owner;
    const layer = await loadPhotoPresenterLayer(h.deps.blobs, look.id, owner);
    expect(layer).not.toBeNull();
    expect(layer!.box('corner', 1920, 1080)).not.toBeNull();
    expect(await loadPhotoPresenterLayer(h.deps.blobs, look.id, 'someone-else')).toBeNull();
    expect(await loadPhotoPresenterLayer(h.deps.blobs, 'amara-studio', owner)).toBeNull();
  });
});
