import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PgBoss from 'pg-boss';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { PG_BOSS_MAJOR, activeJobsOlderThan, lockJobRow, type SqlRunner } from '../../src/jobs/pg-boss/pg-boss-tables.js';
import { dropSchemas, freshSchemaName, testDatabaseUrl } from '../store/postgres/pg-test-db.js';

const schemas: string[] = [];
afterAll(async () => dropSchemas(schemas));

describe('what the pg-boss adapter assumes about pg-boss', () => {
  it('the installed pg-boss is the major its table queries were written for', () => {
    const path = createRequire(import.meta.url).resolve('pg-boss/package.json');
    const { version } = JSON.parse(readFileSync(path, 'utf8')) as { version: string };
    expect(Number(version.split('.')[0]), `pg-boss ${version} is installed; src/jobs/pg-boss/pg-boss-tables.ts assumes ${PG_BOSS_MAJOR}`).toBe(PG_BOSS_MAJOR);
  });

  it.skipIf(testDatabaseUrl === null)('a started pg-boss schema has the job table and columns the queries read, and they behave as assumed', async () => {
    const schema = freshSchemaName('pgbt');
    schemas.push(schema);
    const boss = new PgBoss({ connectionString: testDatabaseUrl as string, schema, schedule: false, supervise: false });
    boss.on('error', () => undefined);
    const pool = new pg.Pool({ connectionString: testDatabaseUrl as string, max: 2 });
    const db: SqlRunner = { executeSql: (text, values) => pool.query(text, values) };
    try {
      await boss.start();
      const { rows: columns } = await pool.query<{ column_name: string; data_type: string }>(
        `SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'job'`,
        [schema],
      );
      const types = Object.fromEntries(columns.map((c) => [c.column_name, c.data_type]));
      expect(types).toMatchObject({ id: 'uuid', name: 'text', started_on: 'timestamp with time zone', state: 'USER-DEFINED' });

      await boss.createQueue('probe');
      const id = (await boss.send('probe', { n: 1 }))!;
      expect(await activeJobsOlderThan(db, schema, ['probe'], 0)).toEqual([]);
      const [fetched] = await boss.fetch('probe', { includeMetadata: true });
      expect(fetched?.id).toBe(id);
      // Active jobs are listed once they have run longer than the grace.
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await activeJobsOlderThan(db, schema, ['probe'], 0)).toEqual([{ id, name: 'probe' }]);
      expect(await activeJobsOlderThan(db, schema, ['probe'], 60_000)).toEqual([]);

      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const row = await lockJobRow({ executeSql: (text, values) => client.query(text, values) }, schema, 'probe', id);
        expect(row).toEqual({ state: 'active', startedOn: new Date(fetched!.startedOn).getTime() });
        await client.query('COMMIT');
      } finally {
        client.release();
      }
      await boss.complete('probe', id);
      expect((await lockJobRow(db, schema, 'probe', id))?.state).toBe('completed');
      expect(await lockJobRow(db, schema, 'probe', '00000000-0000-0000-0000-000000000000')).toBeNull();
    } finally {
      await boss.stop({ graceful: false, wait: true, close: true });
      await pool.end();
    }
  });
});
