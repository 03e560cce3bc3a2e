import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createStorage } from '../../src/store/index.js';
import { makeSession } from './store-fixtures.js';

const folders: string[] = [];
afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

describe('createStorage', () => {
  it('puts SQLite at <dataDir>/ova.sqlite and blobs under <dataDir>/blobs', async () => {
    const dataDir = join(await mkdtemp(join(tmpdir(), 'ova-data-')), 'data');
    folders.push(dataDir);
    const { store, blobs } = await createStorage({ dataDir });
    try {
      expect(store.id).toBe('sqlite');
      const session = makeSession();
      await store.insertSession(session);
      expect(await store.getSession(session.id)).toEqual(session);
      await access(join(dataDir, 'ova.sqlite'));
      await blobs.put('sessions/s/a.txt', Buffer.from('a'));
      expect(await blobs.localPath('sessions/s/a.txt')).toBe(join(dataDir, 'blobs', 'sessions', 's', 'a.txt'));
    } finally {
      await store.close();
    }
  });
});
