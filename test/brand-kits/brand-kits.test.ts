import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobBrandKitStore, toPlanBrand, type BrandKit } from '../../src/brand-kits/index.js';
import { closestStyleId } from '../../src/agent/index.js';
import { listStyles } from '../../src/styles/index.js';
import { createStorage } from '../../src/store/index.js';
import { fakeMedia, startTestServer, type TestServer } from '../support/test-server.js';

function kit(id: string, owner: string, primary: string, extra: Partial<BrandKit['colors']> = {}, created = Date.now()): BrandKit {
  return { id, owner, name: id, colors: { primary, secondary: null, background: null, text: null, ...extra }, font: 'Inter', logo_asset_id: null, created_at: created };
}

describe('BlobBrandKitStore', () => {
  let dir: string;
  let store: BlobBrandKitStore;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ova-bk-'));
    const { blobs } = await createStorage({ dataDir: dir });
    store = new BlobBrandKitStore(blobs);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('keeps kits per owner as JSON, lists newest first and deletes', async () => {
    await Promise.all([store.put(kit('bk_a', 'o1', '#111111', {}, 1000)), store.put(kit('bk_b', 'o1', '#222222', {}, 2000)), store.put(kit('bk_c', 'o2', '#333333'))]);
    expect((await store.list('o1')).map((k) => k.id)).toEqual(['bk_b', 'bk_a']);
    expect((await store.list('o2')).map((k) => k.id)).toEqual(['bk_c']);
    expect(await store.get('o2', 'bk_a')).toBeNull();
    expect((await store.get('o1', 'bk_a'))?.colors.primary).toBe('#111111');
    expect(await store.delete('o1', 'bk_a')).toBe(true);
    expect(await store.delete('o1', 'bk_a')).toBe(false);
    expect((await store.list('o1')).map((k) => k.id)).toEqual(['bk_b']);
  });

  it('treats ids that are not brand kit ids as absent', async () => {
    expect(await store.get('o1', '../../api-key')).toBeNull();
    expect(await store.delete('o1', '../x')).toBe(false);
  });
});

describe('closestStyleId', () => {
  const ids = listStyles().map((s) => s.style_id);
  it('picks the style whose colours are nearest the kit', () => {
    expect(closestStyleId(toPlanBrand(kit('bk_1', 'o', '#0891b2', { background: '#0b1020', text: '#ffffff' })), ids)).toBe('midnight');
    expect(closestStyleId(toPlanBrand(kit('bk_2', 'o', '#7c3aed', { secondary: '#db2777' })), ids)).toBe('bold');
    expect(closestStyleId(toPlanBrand(kit('bk_3', 'o', '#ea580c', { background: '#fbf7f0' })), ids)).toBe('paper');
    expect(closestStyleId(toPlanBrand(kit('bk_4', 'o', '#2563eb', { background: '#ffffff' })), ids)).toBe('clean');
  });
  it('only picks among the allowed styles', () => {
    expect(closestStyleId(toPlanBrand(kit('bk_1', 'o', '#0891b2', { background: '#0b1020' })), ['clean', 'paper'])).not.toBe('midnight');
  });
});

describe('brand_kit_id on sessions', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({}, { adapters: fakeMedia() });
  });
  afterAll(() => server.dispose());

  it('accepts a brand kit of the key, refuses an unknown one and one of another key', async () => {
    const created = await server.call('POST', '/v3/brand-kits', { name: 'Acme', colors: { primary: '#22d3ee', background: '#0b1020' } });
    expect(created.status).toBe(200);
    const id = created.body.data.brand_kit_id as string;

    const ok = await server.call('POST', '/v3/video-agents', { prompt: 'A short video about our new coffee subscription', brand_kit_id: id, mode: 'chat' });
    expect(ok.status).toBe(200);
    await server.waitFor(ok.body.data.session_id, ['reviewing', 'waiting_for_input', 'failed']);

    const unknown = await server.call('POST', '/v3/video-agents', { prompt: 'A short video about tea', brand_kit_id: 'bk_doesnotexist' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatchObject({ code: 'validation_error', param: 'brand_kit_id' });

    const foreign = await server.call('POST', '/v3/video-agents', { prompt: 'A short video about tea', brand_kit_id: id }, { 'x-api-key': 'test-key-b' });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.param).toBe('brand_kit_id');
  });
});
