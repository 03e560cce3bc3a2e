import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from '../sql/database.js';
import { KyselyStore } from '../sql/kysely-store.js';

/** How long a writer waits for another connection's lock before SQLITE_BUSY. */
const busyTimeoutMs = 5_000;

function openDatabase(path: string): Kysely<Database> {
  const database = new BetterSqlite3(path);
  // WAL lets readers run beside the writer; NORMAL sync is durable across app crashes in WAL mode.
  database.pragma('journal_mode = WAL');
  database.pragma(`busy_timeout = ${busyTimeoutMs}`);
  database.pragma('foreign_keys = ON');
  database.pragma('synchronous = NORMAL');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
}

/** The Store in one SQLite file (the default, single-machine adapter). */
export class SqliteStore extends KyselyStore {
  readonly path: string;

  /** Opens the file (created if missing) without migrating; prefer openSqliteStore. */
  constructor(path: string) {
    super('sqlite', openDatabase(path));
    this.path = path;
  }
}

/** Opens (creating the folder and file if needed) and migrates a SQLite store. `:memory:` works too. */
export async function openSqliteStore(path: string): Promise<SqliteStore> {
  if (path !== ':memory:') await mkdir(dirname(path), { recursive: true });
  const store = new SqliteStore(path);
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
