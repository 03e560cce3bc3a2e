import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The PostgreSQL the tests use, or null (then they skip, saying why). */
export const testDatabaseUrl: string | null = process.env.TEST_DATABASE_URL || null;

export const skipReason = 'TEST_DATABASE_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/test); skipping PostgreSQL tests';

if (testDatabaseUrl === null) {
  // Printed once per file that imports this, so a green run without PostgreSQL says what it did not test.
  process.stdout.write(`[skip] ${skipReason}\n`);
}

/** A fresh schema name per call, so test runs (and parallel test files) never see each other's rows. */
export function freshSchemaName(prefix = 't'): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
}

/** Drops the schemas a test file created (tables, pg-boss jobs and all). */
export async function dropSchemas(schemas: readonly string[]): Promise<void> {
  if (testDatabaseUrl === null || schemas.length === 0) return;
  const client = new pg.Client({ connectionString: testDatabaseUrl });
  await client.connect();
  try {
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}
