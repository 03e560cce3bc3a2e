import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3BlobStore } from '../../../src/store/index.js';
import { describeBlobStoreConformance } from './blob-store-conformance.js';
import { s3rverCredentials, startS3Server } from './s3-test-server.js';

const buckets = Array.from({ length: 3 }, (_, i) => `ova-test-${i}`);
let server: { endpoint: string; close: () => Promise<void> };
const folders: string[] = [];

beforeAll(async () => {
  server = await startS3Server(buckets);
});

afterAll(async () => {
  await server.close();
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

async function storeIn(bucket: string, prefix: string): Promise<S3BlobStore> {
  const cacheDir = await mkdtemp(join(tmpdir(), 'ova-s3-cache-'));
  folders.push(cacheDir);
  return new S3BlobStore({
    bucket,
    prefix,
    endpoint: server.endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: s3rverCredentials,
    cacheDir,
  });
}

// A fresh prefix per test: each test sees an empty store in one shared bucket.
describeBlobStoreConformance('s3 (s3rver)', async () => storeIn('ova-test-0', `run-${randomUUID()}/`));

describe('S3BlobStore', () => {
  it('keeps blobs under its prefix: another prefix in the same bucket does not see them', async () => {
    const a = await storeIn('ova-test-1', 'tenant-a/');
    const b = await storeIn('ova-test-1', 'tenant-b/');
    await a.put('sessions/s/x.txt', Buffer.from('a'));
    expect(await b.stat('sessions/s/x.txt')).toBeNull();
    expect((await a.get('sessions/s/x.txt')).toString()).toBe('a');
  });

  it('presign gives a link that serves the bytes without credentials, and a range of them', async () => {
    const blobs = await storeIn('ova-test-2', 'p/');
    await blobs.put('videos/v/video.mp4', Buffer.from('0123456789'));
    const url = await blobs.presign('videos/v/video.mp4', 600);
    expect(url).toContain('X-Amz-Signature=');
    expect(url).toContain('X-Amz-Expires=600');
    const whole = await fetch(url);
    expect(whole.status).toBe(200);
    expect(await whole.text()).toBe('0123456789');
    const part = await fetch(url, { headers: { range: 'bytes=2-4' } });
    expect(part.status).toBe(206);
    expect(await part.text()).toBe('234');
  });

  it('presign refuses a bad key and a lifetime S3 does not allow', async () => {
    const blobs = await storeIn('ova-test-2', 'r/');
    await expect(blobs.presign('../x', 60)).rejects.toThrow(/key/i);
    await expect(blobs.presign('a.txt', 0)).rejects.toThrow(/7 days/);
    await expect(blobs.presign('a.txt', 8 * 24 * 3600)).rejects.toThrow(/7 days/);
  });

  it('localPath downloads once, and again after the object changed', async () => {
    const blobs = await storeIn('ova-test-2', 's/');
    await blobs.put('audio.wav', Buffer.from('one'));
    const first = await blobs.localPath('audio.wav');
    expect(first.endsWith('.wav')).toBe(true);
    expect(await blobs.localPath('audio.wav')).toBe(first);
    await blobs.put('audio.wav', Buffer.from('two!'));
    const second = await blobs.localPath('audio.wav');
    expect(second).not.toBe(first);
    expect((await readFile(second)).toString()).toBe('two!');
  });

  it('a missing bucket is an error, not an empty store', async () => {
    const blobs = await storeIn('no-such-bucket', '');
    await expect(blobs.put('a.txt', Buffer.from('x'))).rejects.toThrow();
  });
});
