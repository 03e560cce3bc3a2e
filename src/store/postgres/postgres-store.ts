import { Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import { migrations } from '../migrations/index.js';
import pg from 'pg';
import type { MessageRecord } from '../records.js';
import { KyselyStore, type Database } from '../sql/index.js';
import { guardPool, isOtherSchemaChanging } from './connection-errors.js';

/** PostgreSQL type OIDs whose text form we parse ourselves. */
const INT8_OID = 20;
const NUMERIC_OID = 1700;

/**
 * Timestamps and sizes are BIGINT (int8), which node-postgres returns as strings because they can exceed 2^53.
 * Ours are Unix milliseconds and byte counts, far below that, so they become numbers — per pool, not through
 * the global `pg.types`, so other pg users in the process keep the default.
 */
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8_OID || oid === NUMERIC_OID) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
} as unknown as pg.CustomTypesConfig;

export interface PostgresStoreOptions {
  /** A schema to live in (created if missing); the default is the connection's search_path (usually public). */
  schema?: string;
  /** Pool size per process; every API process and worker has its own pool. */
  maxConnections?: number;
  /** application_name of the connections (pg_stat_activity). Default `ova-store`. */
  applicationName?: string;
}

/** Only plain identifiers: the schema name goes into a connection option and DDL, never a bound parameter. */
export function assertSchemaName(schema: string): void {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new TypeError(`Invalid PostgreSQL schema name ${JSON.stringify(schema)}`);
}

/** A pg Pool for this store: int8 as numbers, the schema first on the search_path. */
export function createPgPool(connectionString: string, options: PostgresStoreOptions = {}): pg.Pool {
  if (options.schema !== undefined) assertSchemaName(options.schema);
  const pool = new pg.Pool({
    connectionString,
    application_name: options.applicationName ?? 'ova-store',
    max: options.maxConnections ?? 10,
    types: pgTypes,
    ...(options.schema !== undefined ? { options: `-c search_path=${options.schema}` } : {}),
    // A dead connection (PostgreSQL restarted) is dropped from the pool; the next query opens a new one.
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 10_000,
  });
  // A connection cut while checked out (PostgreSQL restarting mid-transaction) emits 'error' on the client,
  // where neither the pool nor Kysely listens: without a listener that is an uncaught exception. The failed
  // statement still rejects and the pool drops the dead client on release; an idle one is dropped by the pool.
  pool.on('connect', (client) => client.on('error', () => undefined));
  pool.on('error', () => undefined);
  return pool;
}

/**
 * The Store in PostgreSQL, for many API processes and workers sharing one database. The queries are
 * KyselyStore's (shared with SQLite); this adapter only supplies the pool.
 */
export class PostgresStore extends KyselyStore {
  readonly schema: string | null;

  /** Connects lazily without migrating; prefer openPostgresStore. */
  constructor(connectionString: string, options: PostgresStoreOptions = {}) {
    // Through guardPool: a restart is waited out when connecting, and a statement it cut off says so
    // (DatabaseUnavailableError), so a job is tried again instead of recording a failure.
    const pool = guardPool(createPgPool(connectionString, options));
    super('postgres', new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }));
    this.schema = options.schema ?? null;
  }

  override async migrate(): Promise<void> {
    if (this.schema !== null) {
      // search_path names a schema that may not exist yet; CREATE SCHEMA IF NOT EXISTS races safely enough
      // between processes because a duplicate raises and we only need it to exist afterwards.
      try {
        await this.db.schema.createSchema(this.schema).ifNotExists().execute();
      } catch (error) {
        if (!/already exists|duplicate key/i.test(String((error as Error).message))) throw error;
      }
    }
    if (this.schema === null) {
      await super.migrate();
      return;
    }
    // Kysely looks for its bookkeeping tables in every schema; another schema's kysely_migration would fool it,
    // so name ours explicitly (same migrations, same lock, same errors as migrateToLatest).
    const migrator = new Migrator({
      db: this.db,
      provider: { getMigrations: async () => ({ ...migrations }) },
      migrationTableSchema: this.schema,
    });
    let { error, results } = await migrator.migrateToLatest();
    // Kysely's table check reads the whole catalog; a schema or table another process drops meanwhile makes it fail
    // about something that is not ours. That says nothing about ours: try again.
    for (let attempt = 0; attempt < 8 && isOtherSchemaChanging(error, this.schema); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)));
      ({ error, results } = await migrator.migrateToLatest());
    }
    if (error !== undefined) {
      const failed = results?.find((result) => result.status === 'Error')?.migrationName;
      throw new Error(`Database migration ${failed ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }

  /**
   * INSERT … SELECT max(seq)+1 is atomic on SQLite (one writer), but under PostgreSQL's READ COMMITTED two
   * concurrent appends read the same max and one hits the unique (session_id, seq). Locking the session row
   * first serialises appends per session (other sessions are not blocked); the shared query does the rest.
   */
  override async appendMessage(message: Omit<MessageRecord, 'seq'>): Promise<MessageRecord> {
    return this.db.transaction().execute(async (trx) => {
      await trx.selectFrom('sessions').select('id').where('id', '=', message.session_id).forUpdate().execute();
      return new KyselyStore(this.id, trx).appendMessage(message);
    });
  }

  /**
   * Across every process on this database: a transaction-scoped advisory lock on (name, owner), held on one
   * pooled connection until `work` settles. Callers in this process queue in memory first, so waiting for a
   * lock never takes more than one connection per (name, owner).
   */
  override withOwnerLock<T>(owner: string, name: string, work: () => Promise<T>): Promise<T> {
    return super.withOwnerLock(owner, name, () =>
      this.db.transaction().execute(async (trx) => {
        await sql`SELECT pg_advisory_xact_lock(hashtext(${`ova-owner-lock:${name}`}), hashtext(${owner}))`.execute(trx);
        return work();
      }),
    );
  }

  /** Racing claims skip each other's rows (FOR UPDATE SKIP LOCKED) rather than queue behind them. */
  protected override get claimSkipsLockedRows(): boolean {
    return true;
  }
}

/** Opens and migrates a PostgreSQL store; concurrent migrations from several processes are serialised by Kysely's lock. */
export async function openPostgresStore(connectionString: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
  const store = new PostgresStore(connectionString, options);
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
