import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3BlobStore } from '../../../src/store/index.js';

/** An S3-speaking server that cuts the connection of the first `cuts` PUTs (a worker's upload meeting a dropped socket). */
function cuttingServer(cuts: number): Promise<{ server: Server; endpoint: string; puts: Buffer[]; attempts: () => number }> {
  const puts: Buffer[] = [];
  let attempts = 0;
  const server = createServer((request, response) => {
    if (request.method !== 'PUT') {
      response.statusCode = 404;
      response.end();
      return;
    }
    attempts += 1;
    if (attempts <= cuts) {
      request.socket.destroy();
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      puts.push(Buffer.concat(chunks));
      response.setHeader('ETag', '"etag"');
      response.end();
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as { port: number };
    resolve({ server, endpoint: `http://127.0.0.1:${port}`, puts, attempts: () => attempts });
  }));
}

describe('S3BlobStore.putFile on a connection that is cut', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ova-s3-cut-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const store = (endpoint: string) =>
    new S3BlobStore({ bucket: 'b', endpoint, forcePathStyle: true, credentials: { accessKeyId: 'k', secretAccessKey: 's' }, cacheDir: join(dir, 'cache') });

  it('sends the whole file again after a “socket hang up”, and the bucket gets it once, whole', async () => {
    const fake = await cuttingServer(1);
    try {
      const path = join(dir, 'video.mp4');
      await writeFile(path, Buffer.alloc(64 * 1024, 7));
      await expect(store(fake.endpoint).putFile('videos/a.mp4', path)).resolves.toEqual({ size: 64 * 1024 });
      expect(fake.attempts()).toBe(2);
      expect(fake.puts).toHaveLength(1);
      expect(fake.puts[0]!.equals(Buffer.alloc(64 * 1024, 7))).toBe(true);
    } finally {
      fake.server.close();
    }
  });

  it('gives up after three cut attempts with the connection error', async () => {
    const fake = await cuttingServer(10);
    try {
      const path = join(dir, 'video2.mp4');
      await writeFile(path, Buffer.alloc(1024, 1));
      await expect(store(fake.endpoint).putFile('videos/b.mp4', path)).rejects.toThrow(/socket hang up|ECONNRESET/i);
      expect(fake.attempts()).toBe(3);
    } finally {
      fake.server.close();
    }
  });
});
