import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/index.js';
import { createQueue } from '../../../src/jobs/index.js';
import { createStorage } from '../../../src/store/index.js';
import { makeSession } from '../store-fixtures.js';
import { dropSchemas, freshSchemaName, testDatabaseUrl } from './pg-test-db.js';

const schemas: string[] = [];
const folders: string[] = [];
afterAll(async () => {
  await dropSchemas(schemas);
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

describe('DATABASE_URL and DATABASE_SCHEMA in the configuration', () => {
  it('are off by default: SQLite and the in-process queue', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBeNull();
    expect(config.databaseSchema).toBe('public');
    expect(createQueue({ databaseUrl: config.databaseUrl }).id).toBe('in-process');
  });

  it('refuse a URL that is not PostgreSQL and a schema that is not a plain identifier', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x@y/z' })).toThrow(/DATABASE_URL must be a postgres/);
    expect(() => loadConfig({ DATABASE_SCHEMA: 'Robert"); drop' })).toThrow(/DATABASE_SCHEMA must be/);
    expect(loadConfig({ DATABASE_URL: 'postgresql://u@h/db', DATABASE_SCHEMA: 'tenant_1' })).toMatchObject({
      databaseUrl: 'postgresql://u@h/db',
      databaseSchema: 'tenant_1',
    });
  });

  it('select the pg-boss queue, in `<schema>_jobs` (or pgboss for public)', async () => {
    const inSchema = createQueue({ databaseUrl: 'postgres://u@127.0.0.1:1/none', databaseSchema: 'tenant_1' });
    const inPublic = createQueue({ databaseUrl: 'postgres://u@127.0.0.1:1/none' });
    expect(inSchema.id).toBe('pg-boss');
    expect((inSchema as unknown as { schema: string }).schema).toBe('tenant_1_jobs');
    expect((inPublic as unknown as { schema: string }).schema).toBe('pgboss');
    // Never started, so closing touches no database.
    await inSchema.close();
    await inPublic.close();
  });
});

describe.skipIf(testDatabaseUrl === null)('createStorage with DATABASE_URL', () => {
  it('opens a migrated PostgreSQL store in the configured schema', async () => {
    const schema = freshSchemaName('cs');
    schemas.push(schema);
    const dataDir = await mkdtemp(join(tmpdir(), 'ova-data-'));
    folders.push(dataDir);
    const { store, blobs } = await createStorage({ dataDir, databaseUrl: testDatabaseUrl, databaseSchema: schema });
    try {
      expect(store.id).toBe('postgres');
      expect(blobs.id).toBe('local');
      const session = makeSession();
      await store.insertSession(session);
      expect(await store.getSession(session.id)).toEqual(session);
    } finally {
      await store.close();
    }
  });
});
