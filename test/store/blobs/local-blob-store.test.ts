import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { LocalBlobStore, assertBlobKey } from '../../../src/store/index.js';
import { describeBlobStoreConformance } from './blob-store-conformance.js';

const folders: string[] = [];

async function tempRoot(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'ova-blobs-'));
  folders.push(folder);
  return folder;
}

afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

describeBlobStoreConformance('local', async () => new LocalBlobStore(join(await tempRoot(), 'blobs')));

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1));
}

describe('LocalBlobStore', () => {
  it('keeps a key as a path under its root and localPath is that file', async () => {
    const root = await tempRoot();
    const blobs = new LocalBlobStore(root);
    await blobs.put('sessions/ses_1/video.mp4', Buffer.from('v'));
    expect(await blobs.localPath('sessions/ses_1/video.mp4')).toBe(join(root, 'sessions', 'ses_1', 'video.mp4'));
    expect(await listFiles(root)).toEqual([['sessions', 'ses_1', 'video.mp4'].join(sep)]);
  });

  it('leaves no temp files behind after writes, good or failed', async () => {
    const root = await tempRoot();
    const blobs = new LocalBlobStore(root);
    await blobs.put('a/b.txt', Buffer.from('ok'));
    const source = join(await tempRoot(), 'src.bin');
    await writeFile(source, 'file');
    await blobs.putFile('a/c.txt', source);
    const failing = new Readable({
      read() {
        this.destroy(new Error('boom'));
      },
    });
    await expect(blobs.put('a/d.txt', failing)).rejects.toThrow('boom');
    await expect(blobs.putFile('a/e.txt', join(root, 'no-such-file'))).rejects.toThrow();
    expect((await listFiles(root)).sort()).toEqual([join('a', 'b.txt'), join('a', 'c.txt')]);
  });

  it('rejects a range that is not a byte range', async () => {
    const blobs = new LocalBlobStore(await tempRoot());
    await blobs.put('x', Buffer.from('abc'));
    await expect(blobs.stream('x', { start: 2, end: 1 })).rejects.toThrow(RangeError);
    await expect(blobs.stream('x', { start: -1, end: 1 })).rejects.toThrow(RangeError);
  });

  it('assertBlobKey accepts nested relative keys and names the problem with a bad one', () => {
    expect(() => assertBlobKey('sessions/ses_1/scene-3.png')).not.toThrow();
    expect(() => assertBlobKey('.hidden/file')).not.toThrow();
    expect(() => assertBlobKey('a/../b')).toThrow(/"\.\."/);
    expect(() => assertBlobKey('a\\b')).toThrow(/backslash/);
  });
});
