import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { LocalBlobStore } from './blobs/local-blob-store.js';
import type { BlobStore } from './blobs/blob-store.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

/** The default storage of one machine: SQLite at `<dataDir>/ova.sqlite`, blobs under `<dataDir>/blobs`. */
export async function createStorage(config: { dataDir: string }): Promise<{ store: Store; blobs: BlobStore }> {
  const blobRoot = join(config.dataDir, 'blobs');
  await mkdir(blobRoot, { recursive: true });
  const store = await openSqliteStore(join(config.dataDir, 'ova.sqlite'));
  return { store, blobs: new LocalBlobStore(blobRoot) };
}
