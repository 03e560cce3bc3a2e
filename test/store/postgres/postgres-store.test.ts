import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgresStore, PostgresStore, type Store } from '../../../src/store/index.js';
import { describeStoreConformance } from '../store-conformance.js';
import { makeAsset, makeMessage, makeRun, makeSession } from '../store-fixtures.js';
import { dropSchemas, freshSchemaName, testDatabaseUrl } from './pg-test-db.js';

const schemas: string[] = [];
afterAll(async () => dropSchemas(schemas));

async function freshStore(): Promise<PostgresStore> {
  const schema = freshSchemaName('store');
  schemas.push(schema);
  return openPostgresStore(testDatabaseUrl as string, { schema, maxConnections: 4 });
}

if (testDatabaseUrl === null) {
  describe.skip('PostgresStore (TEST_DATABASE_URL is not set)', () => {
    it('needs PostgreSQL', () => undefined);
  });
} else {
  describeStoreConformance('postgres', freshStore, {
    // Another pool on the same schema, as another process would have.
    openPeer: async (store) => new PostgresStore(testDatabaseUrl as string, { schema: (store as PostgresStore).schema as string, maxConnections: 4 }),
  });

  describe('PostgresStore', () => {
    it('returns BIGINT timestamps and sizes as numbers', async () => {
      const store = await freshStore();
      try {
        const session = makeSession({ run: makeRun() });
        await store.insertSession(session);
        const read = await store.getSession(session.id);
        expect(typeof read?.created_at).toBe('number');
        expect(read).toEqual(session);
        const asset = makeAsset({ size_bytes: 5_000_000_000 });
        await store.insertAsset(asset);
        expect((await store.getAsset(asset.id))?.size_bytes).toBe(5_000_000_000);
      } finally {
        await store.close();
      }
    });

    it('keeps its tables in its own schema, with foreign keys enforced', async () => {
      const store = await freshStore();
      const schema = store.schema as string;
      await expect(store.appendMessage(makeMessage('ses_does_not_exist'))).rejects.toThrow(/foreign key/i);
      await store.close();
      const client = new pg.Client({ connectionString: testDatabaseUrl as string });
      await client.connect();
      try {
        const tables = await client.query<{ table_name: string }>(
          'select table_name from information_schema.tables where table_schema = $1 order by table_name',
          [schema],
        );
        expect(tables.rows.map((row) => row.table_name)).toEqual(
          expect.arrayContaining(['sessions', 'messages', 'resources', 'videos', 'assets', 'webhook_deliveries', 'webhook_endpoints', 'idempotency_keys']),
        );
      } finally {
        await client.end();
      }
    });

    it('two processes migrating one schema at once both succeed, and share rows', async () => {
      const schema = freshSchemaName('store');
      schemas.push(schema);
      const [a, b]: Store[] = await Promise.all([
        openPostgresStore(testDatabaseUrl as string, { schema, maxConnections: 2 }),
        openPostgresStore(testDatabaseUrl as string, { schema, maxConnections: 2 }),
      ]);
      try {
        const session = makeSession({ status: 'reviewing' });
        await a!.insertSession(session);
        expect(await b!.getSession(session.id)).toEqual(session);
        // The race a second API process would run: exactly one transition wins.
        const results = await Promise.all([
          a!.transitionSession(session.id, ['reviewing'], { status: 'generating', run: makeRun() }, null),
          b!.transitionSession(session.id, ['reviewing'], { status: 'thinking', run: makeRun() }, null),
        ]);
        expect(results.filter((r) => r !== null)).toHaveLength(1);
        // Concurrent appends from two pools get distinct, dense seq numbers.
        const appended = await Promise.all(
          Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? a! : b!).appendMessage(makeMessage(session.id))),
        );
        expect(appended.map((m) => m.seq).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      } finally {
        await a!.close();
        await b!.close();
      }
    });

    it('carries on after its connections are cut (as in a PostgreSQL restart), without an uncaught error', async () => {
      const schema = freshSchemaName('store');
      schemas.push(schema);
      const applicationName = `ova-cut-${schema}`;
      const store = await openPostgresStore(testDatabaseUrl as string, { schema, applicationName, maxConnections: 3 });
      const admin = new pg.Client({ connectionString: testDatabaseUrl as string });
      await admin.connect();
      try {
        const session = makeSession();
        await store.insertSession(session);
        // What a PostgreSQL restart does to every connection of the pool.
        const cut = await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [applicationName]);
        expect(cut.rowCount).toBeGreaterThan(0);
        let read = null;
        for (let attempt = 0; attempt < 5 && read === null; attempt++) {
          read = await store.getSession(session.id).catch(() => null);
        }
        expect(read).toEqual(session);
        expect((await store.appendMessage(makeMessage(session.id))).seq).toBe(1);
      } finally {
        await admin.end();
        await store.close();
      }
    });

    it('refuses a schema name that is not a plain identifier', () => {
      expect(() => new PostgresStore(testDatabaseUrl as string, { schema: 'x; drop table sessions' })).toThrow(/schema/);
    });
  });
}
