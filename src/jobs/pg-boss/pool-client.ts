import type pg from 'pg';
import { connectWithRetry } from '../../store/index.js';
import type { SqlRunner } from './pg-boss-tables.js';

/**
 * A pooled connection for several statements. While checked out it has no pool error listener, so a cut
 * connection (PostgreSQL restarting) would be an uncaught 'error' event; we listen, and a connection that
 * failed is destroyed on release instead of going back to the pool.
 */
export async function withPoolClient<T>(pool: pg.Pool, body: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await connectWithRetry(() => pool.connect());
  let broken: Error | undefined;
  const onError = (error: Error) => {
    broken = error;
  };
  client.on('error', onError);
  try {
    return await body(client);
  } catch (error) {
    broken ??= error instanceof Error ? error : new Error(String(error));
    throw error;
  } finally {
    client.off('error', onError);
    client.release(broken);
  }
}

/** One transaction on a pooled connection, handed to `body` in the `{ executeSql }` shape pg-boss takes as `db`. */
export function inTransaction<T>(pool: pg.Pool, body: (db: SqlRunner) => Promise<T>): Promise<T> {
  return withPoolClient(pool, async (client) => {
    const db: SqlRunner = { executeSql: (text, values) => client.query(text, values) };
    try {
      await client.query('BEGIN');
      const result = await body(db);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  });
}
