import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { KyselyStore, openSqliteStore, SqliteStore, type Store } from '../../src/store/index.js';
import { describeStoreConformance } from './store-conformance.js';
import { makeMessage, makeRun, makeSession, makeVideo } from './store-fixtures.js';

const folders: string[] = [];

async function tempDbPath(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'ova-sqlite-'));
  folders.push(folder);
  return join(folder, 'nested', 'ova.sqlite');
}

afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

describeStoreConformance('sqlite', async () => openSqliteStore(await tempDbPath()), {
  // A second connection to the same file, as a second process would have.
  openPeer: async (store) => new SqliteStore((store as SqliteStore).path),
});

describe('SqliteStore', () => {
  it('creates the folder, and keeps data across close and reopen', async () => {
    const path = await tempDbPath();
    const first = await openSqliteStore(path);
    const session = makeSession({ run: makeRun() });
    await first.insertSession(session);
    await first.close();
    const second = await openSqliteStore(path);
    expect(await second.getSession(session.id)).toEqual(session);
    await second.close();
  });

  it('uses WAL, a busy timeout and foreign keys', async () => {
    const path = await tempDbPath();
    const store = await openSqliteStore(path);
    await store.close();
    const raw = new BetterSqlite3(path, { readonly: true });
    try {
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
      const tables = raw.prepare("select name from sqlite_master where type = 'table' order by name").all() as { name: string }[];
      expect(tables.map((t) => t.name)).toEqual(
        expect.arrayContaining(['sessions', 'messages', 'resources', 'videos', 'assets', 'webhook_deliveries', 'webhook_endpoints', 'idempotency_keys']),
      );
      // JSON lives as text, with the run id beside it in its own column.
      const columns = raw.prepare('pragma table_info(sessions)').all() as { name: string; type: string }[];
      expect(columns.find((c) => c.name === 'options')?.type.toLowerCase()).toBe('text');
      expect(columns.map((c) => c.name)).toContain('run_id');
    } finally {
      raw.close();
    }
    const reopened = await openSqliteStore(path);
    await expect(reopened.appendMessage(makeMessage('ses_does_not_exist'))).rejects.toThrow(/FOREIGN KEY/);
    await reopened.close();
  });

  it('two connections to one file race a transition: exactly one wins', async () => {
    const path = await tempDbPath();
    const a = await openSqliteStore(path);
    const b: Store = await openSqliteStore(path);
    try {
      for (let round = 0; round < 5; round++) {
        const session = makeSession({ status: 'reviewing' });
        await a.insertSession(session);
        const results = await Promise.all([
          a.transitionSession(session.id, ['reviewing'], { status: 'generating', run: makeRun() }, null),
          b.transitionSession(session.id, ['reviewing'], { status: 'thinking', run: makeRun() }, null),
        ]);
        expect(results.filter((r) => r !== null)).toHaveLength(1);
        expect(await b.getSession(session.id)).toEqual(results[0] ?? results[1]);
      }
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('openSqliteStore works in memory', async () => {
    const store = await openSqliteStore(':memory:');
    const session = makeSession();
    await store.insertSession(session);
    expect(await store.getSession(session.id)).toEqual(session);
    await store.close();
  });
});

describe('SqliteStore fast reads (prepared statements beside Kysely)', () => {
  /** The same method as KyselyStore runs it, through Kysely: the reference the fast path must equal. */
  const viaKysely = <K extends 'getSession' | 'getVideo' | 'listMessages' | 'listSessions' | 'listVideos'>(
    store: SqliteStore,
    method: K,
    ...args: Parameters<KyselyStore[K]>
  ): ReturnType<KyselyStore[K]> => (KyselyStore.prototype[method] as (...a: unknown[]) => ReturnType<KyselyStore[K]>).apply(store, args);

  it('answer exactly what the Kysely path answers: sessions, videos, messages and every list page', async () => {
    const store = await openSqliteStore(':memory:');
    try {
      const sessions = [];
      for (let i = 0; i < 6; i++) {
        const session = makeSession({ owner: i % 3 === 0 ? 'owner-b' : 'owner-a', run: i % 2 ? makeRun() : null, options: { ...makeSession().options, incognito_mode: i === 4 } });
        await store.insertSession(session);
        sessions.push(session);
        for (let m = 0; m < 3; m++) await store.appendMessage(makeMessage(session.id, { resource_ids: m ? ['res_1'] : null }));
        await store.insertVideo(makeVideo(session.id, { owner: session.owner, duration: i ? 4.5 : null }));
      }
      const video = (await store.listVideos('owner-a', { limit: 1, cursor: null })).items[0];
      for (const session of sessions) {
        for (const owner of [undefined, 'owner-a', 'owner-b']) {
          expect(await store.getSession(session.id, owner)).toEqual(await viaKysely(store, 'getSession', session.id, owner));
        }
        for (const limit of [0, 1, 2, 50, 2.7]) {
          expect(await store.listMessages(session.id, limit)).toEqual(await viaKysely(store, 'listMessages', session.id, limit));
        }
      }
      expect(await store.getSession('ses_missing')).toBeNull();
      for (const owner of [undefined, 'owner-a', 'owner-b']) {
        expect(await store.getVideo(video!.id, owner)).toEqual(await viaKysely(store, 'getVideo', video!.id, owner));
      }
      for (const limit of [1, 2, 3, 100, Number.NaN, 0]) {
        for (const includeIncognito of [false, true]) {
          let cursor: string | null = null;
          do {
            const fast = await store.listSessions('owner-a', { limit, cursor }, { includeIncognito });
            expect(fast).toEqual(await viaKysely(store, 'listSessions', 'owner-a', { limit, cursor }, { includeIncognito }));
            cursor = fast.next;
          } while (cursor !== null);
        }
        const videos = await store.listVideos('owner-a', { limit, cursor: null }, sessions[1]!.id);
        expect(videos).toEqual(await viaKysely(store, 'listVideos', 'owner-a', { limit, cursor: null }, sessions[1]!.id));
      }
    } finally {
      await store.close();
    }
  });

  it('see writes at once, and reject a page token they did not make with a validation error on `token`', async () => {
    const store = await openSqliteStore(':memory:');
    try {
      const session = makeSession();
      await store.insertSession(session);
      expect((await store.getSession(session.id))?.status).toBe('thinking');
      await store.updateSession(session.id, { status: 'failed', error: 'render_failed' });
      expect((await store.getSession(session.id))?.status).toBe('failed');
      await expect(store.listSessions('owner-a', { limit: 5, cursor: 'not-a-token' })).rejects.toMatchObject({ code: 'validation_error', param: 'token' });
    } finally {
      await store.close();
    }
  });

  it('reject (not crash) once the store is closed', async () => {
    const store = await openSqliteStore(':memory:');
    const session = makeSession();
    await store.insertSession(session);
    expect(await store.getSession(session.id)).toEqual(session);
    await store.close();
    await expect(store.getSession(session.id)).rejects.toThrow();
    await expect(store.listSessions('owner-a', { limit: 5, cursor: null })).rejects.toThrow();
  });
});
