import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore, type Store } from '../../src/store/index.js';
import { describeStoreConformance } from './store-conformance.js';
import { makeMessage, makeRun, makeSession } from './store-fixtures.js';

const folders: string[] = [];

async function tempDbPath(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'ova-sqlite-'));
  folders.push(folder);
  return join(folder, 'nested', 'ova.sqlite');
}

afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

describeStoreConformance('sqlite', async () => openSqliteStore(await tempDbPath()));

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
