import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { LocalBlobStore } from './blobs/local-blob-store.js';
import { S3BlobStore } from './blobs/s3-blob-store.js';
import type { BlobStore } from './blobs/blob-store.js';
import { openPostgresStore } from './postgres/postgres-store.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

export interface StorageConfig {
  dataDir: string;
  /** PostgreSQL instead of SQLite, shared by every API process and worker. */
  databaseUrl?: string | null;
  databaseSchema?: string;
  /** A bucket instead of `<dataDir>/blobs`; credentials come from the usual AWS variables. */
  s3?: { bucket: string; endpoint: string | null; region: string; forcePathStyle: boolean; prefix: string } | null;
}

/**
 * The storage this process uses. By default one machine's: SQLite at `<dataDir>/ova.sqlite`, blobs under
 * `<dataDir>/blobs`. DATABASE_URL selects PostgreSQL and S3_BUCKET selects S3, independently.
 */
export async function createStorage(config: StorageConfig): Promise<{ store: Store; blobs: BlobStore }> {
  const blobs = config.s3 ? s3Blobs(config.s3, config.dataDir) : await localBlobs(config.dataDir);
  const store = config.databaseUrl
    ? await openPostgresStore(config.databaseUrl, { schema: config.databaseSchema ?? 'public' })
    : await openSqliteStore(join(config.dataDir, 'ova.sqlite'));
  return { store, blobs };
}

async function localBlobs(dataDir: string): Promise<BlobStore> {
  const blobRoot = join(dataDir, 'blobs');
  await mkdir(blobRoot, { recursive: true });
  return new LocalBlobStore(blobRoot);
}

function s3Blobs(s3: NonNullable<StorageConfig['s3']>, dataDir: string): BlobStore {
  return new S3BlobStore({
    bucket: s3.bucket,
    prefix: s3.prefix,
    region: s3.region,
    forcePathStyle: s3.forcePathStyle,
    ...(s3.endpoint ? { endpoint: s3.endpoint } : {}),
    // Downloads for ffmpeg live beside the rest of this process's scratch files.
    cacheDir: join(dataDir, 's3-cache'),
  });
}
