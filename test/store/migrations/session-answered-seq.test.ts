import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../src/store/index.js';

describe('migration 0004-session-answered-seq', () => {
  it("marks every message of an existing session answered, so nothing old is taken for a queued message", async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const db = new Kysely<any>({ dialect: new SqliteDialect({ database: new Database(':memory:') }) });
    try {
      const upTo = (last: string) => new Migrator({ db, provider: { getMigrations: async () => Object.fromEntries(Object.entries(migrations).filter(([name]) => name <= last)) } });
      expect((await upTo('0003-webhook-leases').migrateToLatest()).error).toBeUndefined();
      const session = { owner: 'k', mode: 'chat', status: 'reviewing', prompt: 'p', title: null, progress: 40, video_id: null, options: '{}', storyboard_version: 1, run: null, run_id: null, incognito: 0, error: null, created_at: 0, updated_at: 0 };
      await db.insertInto('sessions').values([{ ...session, id: 'ses_a' }, { ...session, id: 'ses_b' }]).execute();
      const message = (id: string, seq: number, role: string) => ({ id, session_id: 'ses_a', role, type: 'text', content: '', resource_ids: null, attachment_ids: null, seq, created_at: 0 });
      await db.insertInto('messages').values([message('m1', 1, 'user'), message('m2', 2, 'model'), message('m3', 3, 'user'), message('m4', 4, 'model')]).execute();
      expect((await upTo('9999').migrateToLatest()).error).toBeUndefined();
      const rows = await sql<{ id: string; answered_seq: number }>`SELECT id, answered_seq FROM sessions ORDER BY id`.execute(db);
      expect(rows.rows).toEqual([
        { id: 'ses_a', answered_seq: 3 },
        { id: 'ses_b', answered_seq: 0 },
      ]);
    } finally {
      await db.destroy();
    }
  });
});
