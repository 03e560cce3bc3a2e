import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { BlobStore } from '../../../src/store/index.js';

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/** A Readable that yields some bytes and then fails, like an upload cut off half way. */
function brokenStream(): Readable {
  return new Readable({
    read() {
      this.push(Buffer.from('partial'));
      this.destroy(new Error('connection reset'));
    },
  });
}

const badKeys = ['', '/etc/passwd', '../escape', 'a/../../b', 'a/..', 'a\\b', 'a\0b', 'a//b', './a', 'C:/windows', 'a/'];

/** The BlobStore contract (src/store/blobs/blob-store.ts), run against every adapter; each test gets a fresh, empty store. */
export function describeBlobStoreConformance(name: string, makeBlobStore: () => Promise<BlobStore>): void {
  describe(`BlobStore conformance: ${name}`, () => {
    let blobs: BlobStore;
    const scratch: string[] = [];

    beforeEach(async () => {
      blobs = await makeBlobStore();
    });

    afterAll(async () => {
      await Promise.all(scratch.map((folder) => rm(folder, { recursive: true, force: true })));
    });

    const bytes = Buffer.from('0123456789abcdef');

    it('put stores a buffer that get, stat and stream give back', async () => {
      expect(await blobs.put('sessions/ses_1/video.mp4', bytes)).toEqual({ size: 16 });
      expect(await blobs.get('sessions/ses_1/video.mp4')).toEqual(bytes);
      expect(await blobs.stat('sessions/ses_1/video.mp4')).toEqual({ size: 16 });
      expect(await readAll(await blobs.stream('sessions/ses_1/video.mp4'))).toEqual(bytes);
    });

    it('put stores a stream', async () => {
      const info = await blobs.put('uploads/a.bin', Readable.from([Buffer.from('hello '), Buffer.from('world')]));
      expect(info).toEqual({ size: 11 });
      expect((await blobs.get('uploads/a.bin')).toString()).toBe('hello world');
    });

    it('put replaces an existing blob', async () => {
      await blobs.put('k.txt', Buffer.from('first version, longer'));
      await blobs.put('k.txt', Buffer.from('second'));
      expect((await blobs.get('k.txt')).toString()).toBe('second');
      expect(await blobs.stat('k.txt')).toEqual({ size: 6 });
    });

    it('a stream that fails leaves the previous blob untouched', async () => {
      await blobs.put('keep.txt', Buffer.from('original'));
      await expect(blobs.put('keep.txt', brokenStream())).rejects.toThrow();
      expect((await blobs.get('keep.txt')).toString()).toBe('original');
      await expect(blobs.put('never.txt', brokenStream())).rejects.toThrow();
      expect(await blobs.stat('never.txt')).toBeNull();
    });

    it('concurrent puts of one key leave one complete version', async () => {
      const versions = Array.from({ length: 6 }, (_, i) => Buffer.alloc(64 * 1024, 65 + i));
      await Promise.all(versions.map((version) => blobs.put('race.bin', version)));
      const stored = await blobs.get('race.bin');
      expect(versions.some((version) => version.equals(stored))).toBe(true);
    });

    it('putFile copies a local file in', async () => {
      const folder = await mkdtemp(join(tmpdir(), 'ova-blob-src-'));
      scratch.push(folder);
      const source = join(folder, 'render.mp4');
      await writeFile(source, bytes);
      expect(await blobs.putFile('sessions/ses_2/render.mp4', source)).toEqual({ size: 16 });
      expect(await blobs.get('sessions/ses_2/render.mp4')).toEqual(bytes);
      // A copy: the source stays where it was.
      expect(await readFile(source)).toEqual(bytes);
    });

    it('stream reads an inclusive byte range', async () => {
      await blobs.put('r.bin', bytes);
      expect((await readAll(await blobs.stream('r.bin', { start: 2, end: 5 }))).toString()).toBe('2345');
      expect((await readAll(await blobs.stream('r.bin', { start: 0, end: 0 }))).toString()).toBe('0');
      expect((await readAll(await blobs.stream('r.bin', { start: 15, end: 15 }))).toString()).toBe('f');
      expect(await readAll(await blobs.stream('r.bin', { start: 0, end: 15 }))).toEqual(bytes);
    });

    it('a missing blob: stat is null, get, stream and localPath reject', async () => {
      expect(await blobs.stat('missing.bin')).toBeNull();
      await expect(blobs.get('missing.bin')).rejects.toThrow();
      await expect(blobs.stream('missing.bin')).rejects.toThrow();
      await expect(blobs.localPath('missing.bin')).rejects.toThrow();
    });

    it('delete removes a blob, and deleting a missing one is fine', async () => {
      await blobs.put('d/x.txt', Buffer.from('x'));
      await blobs.delete('d/x.txt');
      expect(await blobs.stat('d/x.txt')).toBeNull();
      await blobs.delete('d/x.txt');
      await blobs.delete('never/existed.txt');
    });

    it('localPath points at a file with the blob’s bytes', async () => {
      await blobs.put('sessions/ses_3/audio.wav', bytes);
      expect(await readFile(await blobs.localPath('sessions/ses_3/audio.wav'))).toEqual(bytes);
    });

    it('every method throws on a bad key', async () => {
      for (const key of badKeys) {
        await expect(blobs.put(key, Buffer.from('x')), key).rejects.toThrow(/key/i);
        await expect(blobs.get(key), key).rejects.toThrow(/key/i);
        await expect(blobs.stat(key), key).rejects.toThrow(/key/i);
        await expect(blobs.stream(key), key).rejects.toThrow(/key/i);
        await expect(blobs.delete(key), key).rejects.toThrow(/key/i);
        await expect(blobs.localPath(key), key).rejects.toThrow(/key/i);
      }
    });
  });
}
