import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerFromKey } from '../../../src/api/http/index.js';
import { KEY_A, KEY_B, startHarness, type Harness } from '../api-harness.js';

let h: Harness;
const owner = ownerFromKey(KEY_A);

async function asset(id: string, mime: string, status: 'ready' | 'pending_upload' = 'ready', assetOwner = owner): Promise<void> {
  await h.deps.store.insertAsset({ id, owner: assetOwner, status, filename: null, mime_type: mime, size_bytes: 10, sha256: null, blob_key: `assets/${id}`, created_at: Date.now() });
}

beforeAll(async () => {
  h = await startHarness();
  await asset('ast_logo', 'image/png');
  await asset('ast_pdf', 'application/pdf');
  await asset('ast_pending', 'image/png', 'pending_upload');
  await asset('ast_other', 'image/png', 'ready', ownerFromKey(KEY_B));
});
afterAll(() => h.close());

const good = { name: 'Acme', colors: { primary: '#FF5500', secondary: '#222222', background: null }, font: 'Inter', logo_asset_id: 'ast_logo' };

describe('/v3/brand-kits', () => {
  it('creates, lists, gets and deletes a brand kit', async () => {
    const created = await h.call('POST', '/v3/brand-kits', good);
    expect(created.statusCode).toBe(200);
    const kit = created.json().data;
    expect(kit).toMatchObject({ name: 'Acme', colors: { primary: '#ff5500', secondary: '#222222', background: null, text: null }, font: 'Inter', logo_asset_id: 'ast_logo' });
    expect(kit.brand_kit_id).toMatch(/^bk_/);

    const second = (await h.call('POST', '/v3/brand-kits', { name: 'Plain', colors: { primary: '#0f172a' } })).json().data;
    expect(second).toMatchObject({ font: 'Inter', logo_asset_id: null });

    const list = (await h.call('GET', '/v3/brand-kits')).json();
    expect(list.data.map((k: { brand_kit_id: string }) => k.brand_kit_id)).toEqual(expect.arrayContaining([kit.brand_kit_id, second.brand_kit_id]));
    expect(list.has_more).toBe(false);

    expect((await h.call('GET', `/v3/brand-kits/${kit.brand_kit_id}`)).json().data).toEqual(kit);
    // Another key sees none of them.
    expect((await h.call('GET', '/v3/brand-kits', undefined, { 'x-api-key': KEY_B })).json().data).toEqual([]);
    expect((await h.call('GET', `/v3/brand-kits/${kit.brand_kit_id}`, undefined, { 'x-api-key': KEY_B })).statusCode).toBe(404);

    const deleted = await h.call('DELETE', `/v3/brand-kits/${kit.brand_kit_id}`);
    expect(deleted.json().data).toEqual({ brand_kit_id: kit.brand_kit_id, deleted: true });
    expect((await h.call('GET', `/v3/brand-kits/${kit.brand_kit_id}`)).statusCode).toBe(404);
    expect((await h.call('DELETE', `/v3/brand-kits/${kit.brand_kit_id}`)).statusCode).toBe(404);
  });

  const bad: [string, unknown, string, RegExp?][] = [
    ['a colour without #', { ...good, colors: { primary: 'ff5500' } }, 'colors.primary'],
    ['a 3-digit colour', { ...good, colors: { primary: '#f50' } }, 'colors.primary'],
    ['a named colour', { ...good, colors: { primary: 'red' } }, 'colors.primary'],
    ['a colour with alpha', { ...good, colors: { primary: '#ff5500aa' } }, 'colors.primary'],
    ['a bad secondary colour', { ...good, colors: { primary: '#ff5500', secondary: '#gggggg' } }, 'colors.secondary'],
    ['a bad background colour', { ...good, colors: { primary: '#ff5500', background: 'rgb(0,0,0)' } }, 'colors.background'],
    ['a bad text colour', { ...good, colors: { primary: '#ff5500', text: 42 } }, 'colors.text'],
    ['no primary colour', { ...good, colors: {} }, 'colors.primary'],
    ['no colours at all', { name: 'x' }, 'colors'],
    ['no name', { colors: { primary: '#ff5500' } }, 'name'],
    ['an empty name', { ...good, name: '' }, 'name'],
    ['a blank name', { ...good, name: '   ' }, 'name'],
    ['a name too long', { ...good, name: 'x'.repeat(101) }, 'name'],
    ['a font that is not bundled', { ...good, font: 'Comic Sans MS' }, 'font'],
    ['a logo asset that does not exist', { ...good, logo_asset_id: 'ast_nope' }, 'logo_asset_id', /No asset ast_nope/],
    ['a logo that is not an image', { ...good, logo_asset_id: 'ast_pdf' }, 'logo_asset_id', /must be an image/],
    ['a logo upload not completed', { ...good, logo_asset_id: 'ast_pending' }, 'logo_asset_id', /not been completed/],
    ['a logo of another key', { ...good, logo_asset_id: 'ast_other' }, 'logo_asset_id', /No asset/],
  ];
  for (const [what, body, param, message] of bad) {
    it(`refuses ${what} with a validation error naming ${param}`, async () => {
      const res = await h.call('POST', '/v3/brand-kits', body);
      expect(res.statusCode).toBe(400);
      const error = res.json().error;
      expect(error.code).toBe('validation_error');
      expect(error.param).toBe(param);
      if (message) expect(error.message).toMatch(message);
    });
  }

  it('refuses a body that is not JSON', async () => {
    const res = await h.call('POST', '/v3/brand-kits', '{"name":', { 'content-type': 'application/json' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBeDefined();
  });

  it('answers 404 for an id that is not a brand kit id', async () => {
    const res = await h.call('GET', '/v3/brand-kits/..%2F..%2Fetc');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.param).toBe('brand_kit_id');
  });

  it('needs an API key', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/v3/brand-kits' });
    expect(res.statusCode).toBe(401);
  });
});
