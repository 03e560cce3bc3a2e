import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { copyFile, mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertBlobKey } from './blob-key.js';
import type { BlobInfo, BlobStore } from './blob-store.js';

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

/** Blobs as files under one folder; a key is a relative path inside it. */
export class LocalBlobStore implements BlobStore {
  readonly id = 'local';
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async put(key: string, data: Buffer | Readable): Promise<BlobInfo> {
    return this.writeAtomically(key, async (temp) => {
      if (Buffer.isBuffer(data)) {
        const handle = await open(temp, 'wx');
        try {
          await handle.writeFile(data);
        } finally {
          await handle.close();
        }
      } else {
        await pipeline(data, createWriteStream(temp, { flags: 'wx' }));
      }
    });
  }

  async putFile(key: string, path: string): Promise<BlobInfo> {
    return this.writeAtomically(key, (temp) => copyFile(path, temp));
  }

  async get(key: string): Promise<Buffer> {
    return readFile(this.pathOf(key));
  }

  async stream(key: string, range?: { start: number; end: number }): Promise<Readable> {
    if (range !== undefined) {
      const { start, end } = range;
      if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start) {
        throw new RangeError(`Invalid byte range ${start}-${end}`);
      }
    }
    // Open first so a missing blob rejects here rather than as a later stream error.
    const handle = await open(this.pathOf(key), 'r');
    return handle.createReadStream(range === undefined ? {} : { start: range.start, end: range.end });
  }

  async stat(key: string): Promise<BlobInfo | null> {
    try {
      const info = await stat(this.pathOf(key));
      return info.isFile() ? { size: info.size } : null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  /** The blob's own file (no copy): read it, do not write it. Throws ENOENT when missing. */
  async localPath(key: string): Promise<string> {
    const path = this.pathOf(key);
    const info = await stat(path);
    if (!info.isFile()) throw Object.assign(new Error(`No blob at ${key}`), { code: 'ENOENT' });
    return path;
  }

  private pathOf(key: string): string {
    assertBlobKey(key);
    const path = join(this.root, ...key.split('/'));
    // assertBlobKey already forbids escapes; this guards against a future change to it.
    if (!path.startsWith(this.root + sep)) throw new TypeError(`Invalid blob key ${JSON.stringify(key)}: outside the root`);
    return path;
  }

  /** Writes to a temp file beside the target, then renames: readers see the old blob or the new one, never half. */
  private async writeAtomically(key: string, write: (temp: string) => Promise<void>): Promise<BlobInfo> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      await write(temp);
      const info = await stat(temp);
      await rename(temp, path);
      return { size: info.size };
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }
}
