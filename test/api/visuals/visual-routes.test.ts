import { createCanvas } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/index.js';
import { makeMediaFixtures } from '../../files/media-fixtures.js';
import { fakeMedia, startTestServer, type TestServer } from '../../support/test-server.js';
import { startFakeProviderServer, type FakeProviderServer } from '../../visuals/fake-stock-servers.js';

describe('the picture search and picture edits through the API', () => {
  let server: TestServer;
  let stock: TestServer;
  let pexels: FakeProviderServer;
  beforeAll(async () => {
    const media = await makeMediaFixtures();
    pexels = await startFakeProviderServer({ mp4: media.mp4, png: media.png });
    server = await startTestServer({}, { adapters: fakeMedia() });
    const visuals = loadConfig({ PEXELS_API_KEY: 'pexels-key', PEXELS_BASE_URL: pexels.url, VISUALS_TIMEOUT_SEC: '2' }).visuals;
    stock = await startTestServer({ visuals }, { adapters: fakeMedia() });
  });
  afterAll(async () => {
    await server?.dispose();
    await stock?.dispose();
    await pexels?.close();
  });

  it('finds illustrations by keyword in the user’s language, each with an SVG preview and the message that swaps it', async () => {
    const found = await server.call('GET', '/v3/visuals/search?q=Biene&language=de&kind=illustration');
    expect(found.status).toBe(200);
    expect(found.body.data.providers).toEqual([]);
    const hit = found.body.data.items.find((i: { id: string }) => i.id === 'honeybee');
    expect(hit).toMatchObject({ kind: 'illustration', provider: 'fluent-emoji-flat', licence: 'MIT', message: 'use the illustration “honeybee” for scene {scene}' });
    const svg = await server.app.inject({ method: 'GET', url: new URL(hit.preview_url).pathname });
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toContain('image/svg+xml');
    expect(svg.headers['cache-control']).toContain('max-age');
    expect(svg.body).toMatch(/^<svg /);
  });

  it('answers bad input with the error envelope', async () => {
    for (const url of ['/v3/visuals/search', '/v3/visuals/search?q=%20%20', '/v3/visuals/search?q=bee&kind=gif', '/v3/visuals/search?q=bee&limit=0', '/v3/visuals/search?q=bee&language=%3Cscript%3E']) {
      const res = await server.call('GET', url);
      expect(res.status, url).toBe(400);
      expect(res.body.error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    }
    const missing = await server.app.inject({ method: 'GET', url: '/v3/visuals/library/fluent-emoji-flat/no-such-picture.svg' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBeTruthy();
  });

  it('adds stock photos and clips when a provider is configured', async () => {
    const found = await stock.call('GET', '/v3/visuals/search?q=beach&kind=stock');
    expect(found.status).toBe(200);
    expect(found.body.data.providers).toEqual(['pexels']);
    const photo = found.body.data.items.find((i: { kind: string }) => i.kind === 'stock_image');
    expect(photo).toMatchObject({ provider: 'pexels', id: '7', preview_url: `${pexels.url}/files/7.png`, message: 'use the stock photo pexels/7 of “beach” for scene {scene}' });
    expect(photo.attribution).toMatch(/Pexels/);
    pexels.behaviour = 'error';
    const failing = await stock.call('GET', '/v3/visuals/search?q=beach');
    pexels.behaviour = 'ok';
    expect(failing.status).toBe(200);
    expect(failing.body.data.notices.length).toBeGreaterThan(0);
    expect(failing.body.data.items.some((i: { kind: string }) => i.kind === 'illustration')).toBe(true);
  });

  it('swaps pictures by chat, and the draft resource shows each scene’s picture', async () => {
    const created = await server.call('POST', '/v3/video-agents', {
      prompt: 'Make a short explainer about why bees matter: they pollinate a third of our food crops. Colonies have declined by 40 percent in some regions. Planting wildflowers in gardens helps them recover.',
      mode: 'chat',
      duration_sec: 25,
    });
    const id = created.body.data.session_id as string;
    await server.waitFor(id, ['reviewing']);
    const canvas = createCanvas(64, 64);
    canvas.getContext('2d').fillRect(0, 0, 64, 64);
    const message = 'use the illustration “honeybee” for scene 2. No pictures on the title. Replace the picture in scene 3 with my upload';
    await server.call('POST', `/v3/video-agents/${id}`, { message, files: [{ type: 'base64', media_type: 'image/png', data: canvas.toBuffer('image/png').toString('base64') }] });
    const session = await server.waitFor(id, ['reviewing']);
    const reply = session.messages.find((m: { role: string; content: string }) => m.role === 'model' && m.content.includes('honeybee'));
    expect(reply?.content).toMatch(/Removed the picture from scene 1/);
    expect(reply?.content).toMatch(/new media in scene 3/i);
    const draftId = reply.resource_ids[0] as string;
    const draft = await server.call('GET', `/v3/video-agents/${id}/resources/${draftId}`);
    const visuals = draft.body.data.metadata.scene_visuals as Array<Record<string, unknown>>;
    expect(visuals[0]).toMatchObject({ kind: null, pinned: true });
    expect(visuals[1]).toMatchObject({ kind: 'illustration', provider: 'fluent-emoji-flat', id: 'honeybee', licence: 'MIT', pinned: true });
    expect(visuals[2]).toMatchObject({ kind: 'user_media', provider: 'asset', pinned: true });
    const image = await server.call('GET', `/v3/video-agents/${id}/resources/${reply.resource_ids[2]}`);
    expect(image.body.data.metadata.visual).toMatchObject({ kind: 'illustration', id: 'honeybee' });
  });
});
