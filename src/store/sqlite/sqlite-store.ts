import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { KeyedMutex } from '../../locks/index.js';
import type { MessageRecord, Page, PageQuery, SessionRecord, VideoRecord } from '../records.js';
import { KyselyStore, decodePageCursor, encodePageCursor, fromRow, type Database, type PagedTable, type RecordOf } from '../sql/index.js';

/** How long a writer waits for another connection's lock before SQLITE_BUSY. */
const busyTimeoutMs = 5_000;

function openDatabase(path: string): BetterSqlite3.Database {
  const database = new BetterSqlite3(path);
  // WAL lets readers run beside the writer; NORMAL sync is durable across app crashes in WAL mode.
  database.pragma('journal_mode = WAL');
  database.pragma(`busy_timeout = ${busyTimeoutMs}`);
  database.pragma('foreign_keys = ON');
  database.pragma('synchronous = NORMAL');
  return database;
}

/**
 * The Store in one SQLite file (the default, single-machine adapter).
 *
 * Writes go through Kysely. The reads every API poll makes (a session, its messages, a video, a list page) run
 * on better-sqlite3 statements prepared once and cached by their SQL: profiling GET session showed about half
 * its time in Kysely's path (building the query, preparing it again, and the driver's connection mutex, which
 * only serialises async callers around what is already a synchronous call). Bypassing the mutex is safe
 * because this store never holds a transaction open across an await (it opens none after migrating), so a read
 * can never see half of one; better-sqlite3 runs each statement to completion before returning.
 */
/** Owner locks of every SqliteStore in this process, keyed by file. */
const fileOwnerLocks = new KeyedMutex();

export class SqliteStore extends KyselyStore {
  readonly path: string;
  private readonly raw: BetterSqlite3.Database;
  private readonly statements = new Map<string, BetterSqlite3.Statement>();

  /** Opens the file (created if missing) without migrating; prefer openSqliteStore. */
  constructor(path: string) {
    const raw = openDatabase(path);
    super('sqlite', new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) }));
    this.path = path;
    this.raw = raw;
  }

  /**
   * SQLite's database is written by one process, so a lock in this process is enough; it is shared by every
   * store on the same file (resolved path), as a second SqliteStore on it would be another "process" of ours.
   */
  override withOwnerLock<T>(owner: string, name: string, work: () => Promise<T>): Promise<T> {
    return fileOwnerLocks.run(`${resolve(this.path)}\u0000${name}\u0000${owner}`, work);
  }

  override async close(): Promise<void> {
    this.statements.clear();
    await super.close();
  }

  override async getSession(id: string, owner?: string): Promise<SessionRecord | null> {
    return this.getOne('sessions', id, owner);
  }

  override async getVideo(id: string, owner?: string): Promise<VideoRecord | null> {
    return this.getOne('videos', id, owner);
  }

  override async listMessages(sessionId: string, limit: number): Promise<MessageRecord[]> {
    const rows = this.statement('SELECT * FROM "messages" WHERE "session_id" = ? ORDER BY "seq" DESC LIMIT ?').all(
      sessionId,
      Math.max(0, Math.floor(limit)),
    ) as Database['messages'][];
    return rows.map((row) => fromRow('messages', row));
  }

  /** The same page as KyselyStore.listPage (listSessions, listVideos, webhook lists go through it). */
  protected override async listPage<T extends PagedTable>(
    table: T,
    page: PageQuery,
    filter: Record<string, unknown>,
  ): Promise<Page<RecordOf[T]>> {
    const where: string[] = [];
    const values: unknown[] = [];
    // Column names come from KyselyStore's own call sites, never from a request.
    for (const [column, value] of Object.entries(filter)) {
      where.push(`"${column}" = ?`);
      values.push(value);
    }
    if (page.cursor !== null && page.cursor !== '') {
      const after = decodePageCursor(page.cursor);
      where.push('("created_at" < ? OR ("created_at" = ? AND "id" < ?))');
      values.push(after.created_at, after.created_at, after.id);
    }
    const limit = Number.isFinite(page.limit) ? Math.max(1, Math.floor(page.limit)) : 20;
    values.push(limit + 1);
    const sql = `SELECT * FROM "${table}"${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY "created_at" DESC, "id" DESC LIMIT ?`;
    const rows = this.statement(sql).all(...values) as Database[T][];
    const items = rows.slice(0, limit).map((row) => fromRow(table, row));
    const last = rows.length > limit ? (items.at(-1) as { created_at: number; id: string } | undefined) : undefined;
    return { items, next: last === undefined ? null : encodePageCursor({ created_at: last.created_at, id: last.id }) };
  }

  private getOne<T extends 'sessions' | 'videos'>(table: T, id: string, owner: string | undefined): RecordOf[T] | null {
    const row = (
      owner === undefined
        ? this.statement(`SELECT * FROM "${table}" WHERE "id" = ?`).get(id)
        : this.statement(`SELECT * FROM "${table}" WHERE "id" = ? AND "owner" = ?`).get(id, owner)
    ) as Database[T] | undefined;
    return row === undefined ? null : fromRow(table, row);
  }

  /** A prepared statement per distinct SQL text; the set is small and fixed (tables × filters × cursor). */
  private statement(sql: string): BetterSqlite3.Statement {
    let statement = this.statements.get(sql);
    if (statement === undefined) {
      statement = this.raw.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
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
