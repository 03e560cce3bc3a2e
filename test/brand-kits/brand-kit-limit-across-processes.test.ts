import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BlobPhotoAvatarStore, newPhotoAvatarId, type PhotoAvatar } from '../../src/avatars/index.js';
import { BlobBrandKitStore, type BrandKit } from '../../src/brand-kits/index.js';
import { createStorage, openPostgresStore, type Store } from '../../src/store/index.js';
import { dropSchemas, freshSchemaName, testDatabaseUrl } from '../store/postgres/pg-test-db.js';

const schemas: string[] = [];
const dirs: string[] = [];
afterAll(async () => {
  await dropSchemas(schemas);
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

const LIMIT = 3;

function kit(id: string): BrandKit {
  return { id, owner: 'owner-a', name: id, colors: { primary: '#112233', secondary: null, background: null, text: null }, font: 'Inter', logo_asset_id: null, created_at: Date.now() };
}

function look(): PhotoAvatar {
  return { id: newPhotoAvatarId(), owner: 'owner-a', name: 'me', asset_id: 'ast_1', blob_key: 'assets/x', image_sha256: null, image_width: 64, image_height: 64, created_at: Date.now() };
}

/** Two "processes": each its own PostgresStore (own pool) on one schema, sharing one blob folder. */
async function twoProcesses(): Promise<{ stores: [Store, Store]; blobs: Awaited<ReturnType<typeof createStorage>>['blobs'] }> {
  const schema = freshSchemaName('lock');
  schemas.push(schema);
  const dir = await mkdtemp(join(tmpdir(), 'ova-lock-'));
  dirs.push(dir);
  const a = await openPostgresStore(testDatabaseUrl as string, { schema, maxConnections: 3 });
  const b = await openPostgresStore(testDatabaseUrl as string, { schema, maxConnections: 3 });
  const { store, blobs } = await createStorage({ dataDir: dir });
  await store.close();
  return { stores: [a, b], blobs };
}

describe.skipIf(testDatabaseUrl === null)('per-owner limits across processes sharing PostgreSQL', () => {
  it('two processes racing to create the brand kit past the limit: exactly one fails, and the index keeps every kit', async () => {
    const { stores, blobs } = await twoProcesses();
    try {
      const [one, two] = stores.map((store) => new BlobBrandKitStore(blobs, store)) as [BlobBrandKitStore, BlobBrandKitStore];
      for (let round = 0; round < 5; round++) {
        const owner = `owner-${round}`;
        for (let i = 0; i < LIMIT - 1; i++) expect(await one.add({ ...kit(`bk_${round}_${i}`), owner }, LIMIT)).toBe(true);
        const results = await Promise.all([one.add({ ...kit(`bk_${round}_x`), owner }, LIMIT), two.add({ ...kit(`bk_${round}_y`), owner }, LIMIT)]);
        expect(results.filter(Boolean)).toHaveLength(1);
        expect(await one.list(owner)).toHaveLength(LIMIT);
      }
    } finally {
      await Promise.all(stores.map((store) => store.close()));
    }
  });

  it('two processes racing to create the photo avatar past the limit: exactly one fails', async () => {
    const { stores, blobs } = await twoProcesses();
    try {
      const [one, two] = stores.map((store) => new BlobPhotoAvatarStore(blobs, store)) as [BlobPhotoAvatarStore, BlobPhotoAvatarStore];
      for (let i = 0; i < LIMIT - 1; i++) expect(await one.add(look(), LIMIT)).toBe(true);
      const results = await Promise.all([one.add(look(), LIMIT), two.add(look(), LIMIT)]);
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await two.list('owner-a')).toHaveLength(LIMIT);
    } finally {
      await Promise.all(stores.map((store) => store.close()));
    }
  });
});
