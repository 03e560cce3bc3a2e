import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/index.js';
import { createStorage } from '../../../src/store/index.js';
import { s3rverCredentials, startS3Server } from './s3-test-server.js';

let server: { endpoint: string; close: () => Promise<void> };
const folders: string[] = [];
const savedEnv = { id: process.env.AWS_ACCESS_KEY_ID, secret: process.env.AWS_SECRET_ACCESS_KEY };

beforeAll(async () => {
  server = await startS3Server(['ova-config-test']);
  // The AWS SDK reads credentials from the usual variables, as it would in production.
  process.env.AWS_ACCESS_KEY_ID = s3rverCredentials.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = s3rverCredentials.secretAccessKey;
});

afterAll(async () => {
  await server.close();
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
  if (savedEnv.id === undefined) delete process.env.AWS_ACCESS_KEY_ID;
  else process.env.AWS_ACCESS_KEY_ID = savedEnv.id;
  if (savedEnv.secret === undefined) delete process.env.AWS_SECRET_ACCESS_KEY;
  else process.env.AWS_SECRET_ACCESS_KEY = savedEnv.secret;
});

describe('S3_BUCKET selects the S3 blob store', () => {
  it('reads S3_BUCKET, S3_ENDPOINT, S3_REGION, S3_FORCE_PATH_STYLE and S3_PREFIX', () => {
    expect(loadConfig({}).s3).toBeNull();
    expect(loadConfig({ S3_BUCKET: 'b', S3_ENDPOINT: 'http://127.0.0.1:9000', S3_REGION: 'eu-west-1', S3_FORCE_PATH_STYLE: 'true', S3_PREFIX: 'ova/' }).s3).toEqual({
      bucket: 'b',
      endpoint: 'http://127.0.0.1:9000',
      region: 'eu-west-1',
      forcePathStyle: true,
      prefix: 'ova/',
    });
    expect(loadConfig({ S3_BUCKET: 'b' }).s3).toMatchObject({ endpoint: null, region: 'us-east-1', forcePathStyle: false });
  });

  it('createStorage puts blobs in the bucket, with credentials from AWS_* variables', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'ova-data-'));
    folders.push(dataDir);
    const config = loadConfig({ DATA_DIR: dataDir, S3_BUCKET: 'ova-config-test', S3_ENDPOINT: server.endpoint, S3_FORCE_PATH_STYLE: '1', S3_PREFIX: 'p/' });
    const { store, blobs } = await createStorage(config);
    try {
      expect(blobs.id).toBe('s3');
      expect(store.id).toBe('sqlite');
      await blobs.put('sessions/s/a.txt', Buffer.from('in the bucket'));
      expect((await blobs.get('sessions/s/a.txt')).toString()).toBe('in the bucket');
    } finally {
      await store.close();
    }
  });
});
