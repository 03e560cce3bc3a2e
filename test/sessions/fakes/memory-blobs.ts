import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { BlobInfo, BlobStore } from '../../../src/store/index.js';

/** A BlobStore in memory; `localPath` writes the blob into `dir` for code that needs a file. */
export class MemoryBlobs implements BlobStore {
  readonly id = 'memory';
  readonly blobs = new Map<string, Buffer>();

  constructor(private readonly dir: string) {}

  async put(key: string, data: Buffer | Readable): Promise<BlobInfo> {
    if (!Buffer.isBuffer(data)) throw new Error('MemoryBlobs takes buffers only');
    this.blobs.set(key, data);
    return { size: data.length };
  }

  async putFile(key: string, path: string): Promise<BlobInfo> {
    return this.put(key, await readFile(path));
  }

  async get(key: string): Promise<Buffer> {
    const blob = this.blobs.get(key);
    if (!blob) throw new Error(`no blob ${key}`);
    return blob;
  }

  async stream(): Promise<Readable> {
    throw new Error('MemoryBlobs.stream is not used by the session handlers');
  }

  async stat(key: string): Promise<BlobInfo | null> {
    const blob = this.blobs.get(key);
    return blob ? { size: blob.length } : null;
  }

  async delete(key: string): Promise<void> {
    this.blobs.delete(key);
  }

  async localPath(key: string): Promise<string> {
    const path = join(this.dir, 'local', key);
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(path, await this.get(key));
    return path;
  }
}
