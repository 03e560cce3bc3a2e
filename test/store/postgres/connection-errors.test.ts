import { sql, type Kysely } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { isConnectionError, isOtherSchemaChanging } from '../../../src/store/postgres/connection-errors.js';
import { DatabaseUnavailableError, isDatabaseUnavailable, openPostgresStore, PostgresStore } from '../../../src/store/index.js';
import { makeSession } from '../store-fixtures.js';
import { pgProxy } from './pg-proxy.js';
import { dropSchemas, freshSchemaName, testDatabaseUrl } from './pg-test-db.js';

describe('isConnectionError', () => {
  it('tells "PostgreSQL is unreachable" from "this statement is wrong"', () => {
    const withCode = (code: string) => Object.assign(new Error('x'), { code });
    for (const lost of [withCode('57P01'), withCode('57P03'), withCode('08006'), withCode('ECONNREFUSED'), new Error('Connection terminated unexpectedly')]) {
      expect(isConnectionError(lost), String((lost as { code?: string }).code ?? lost.message)).toBe(true);
    }
    for (const wrong of [withCode('23505'), withCode('42P01'), withCode('ENOENT'), new Error('syntax error at or near "x"')]) {
      expect(isConnectionError(wrong), String((wrong as { code?: string }).code ?? wrong.message)).toBe(false);
    }
    expect(isDatabaseUnavailable(new Error('outer', { cause: new DatabaseUnavailableError(withCode('57P01')) }))).toBe(true);
    expect(isDatabaseUnavailable(withCode('57P01'))).toBe(false);
  });
});

const schemas: string[] = [];
afterAll(async () => dropSchemas(schemas));

if (testDatabaseUrl === null) {
  describe.skip('PostgresStore across a lost connection (TEST_DATABASE_URL is not set)', () => {
    it('needs PostgreSQL', () => undefined);
  });
} else {
  describe('PostgresStore across a lost connection', () => {
    it('waits out a restart when connecting, and says DatabaseUnavailableError for a statement the cut interrupted', async () => {
      const schema = freshSchemaName('store');
      schemas.push(schema);
      await (await openPostgresStore(testDatabaseUrl as string, { schema })).close();
      const proxy = await pgProxy(testDatabaseUrl as string);
      const store = new PostgresStore(proxy.url, { schema, maxConnections: 2 });
      try {
        const session = makeSession();
        await store.insertSession(session);

        // Cut mid-statement: the store says "unavailable", not a wrong statement.
        const db = (store as unknown as { db: Kysely<unknown> }).db;
        const slow = sql`SELECT pg_sleep(5)`.execute(db);
        await new Promise((resolve) => setTimeout(resolve, 300));
        proxy.down();
        const cut = await slow.then(
          () => null,
          (error: unknown) => error,
        );
        expect(isDatabaseUnavailable(cut), String(cut)).toBe(true);

        // Down for a second: a read started meanwhile waits and then answers.
        const read = store.getSession(session.id);
        setTimeout(() => proxy.up(), 1_000);
        expect(await read).toEqual(session);
      } finally {
        proxy.up();
        await store.close();
        await proxy.close();
      }
    });
  });
}

describe('isOtherSchemaChanging (a catalog read racing another schema being dropped)', () => {
  const failure = (code: string, message: string) => Object.assign(new Error(message), { code });

  it('is true for another schema or table vanishing mid-read', () => {
    expect(isOtherSchemaChanging(failure('3F000', 'schema "sse2p_9_jobs" does not exist'), 'ours_1')).toBe(true);
    expect(isOtherSchemaChanging(failure('42P01', 'relation "other_2.kysely_migration" does not exist'), 'ours_1')).toBe(true);
    expect(isOtherSchemaChanging(failure('XX000', 'could not open relation with OID 81234'), 'ours_1')).toBe(true);
  });

  it('is false when the error names our schema, or is not about something vanishing', () => {
    expect(isOtherSchemaChanging(failure('3F000', 'schema "ours_1" does not exist'), 'ours_1')).toBe(false);
    expect(isOtherSchemaChanging(failure('42P01', 'relation "ours_1.sessions" does not exist'), 'ours_1')).toBe(false);
    expect(isOtherSchemaChanging(failure('42601', 'syntax error at or near "CREATE"'), 'ours_1')).toBe(false);
    expect(isOtherSchemaChanging(new Error('no code'), 'ours_1')).toBe(false);
  });
});
