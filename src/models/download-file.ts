import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm, stat, statfs } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ModelError } from './model-error.js';

export interface DownloadTarget {
  url: string;
  /** Final path: only ever written by a rename of the verified partial file. */
  path: string;
  /** Where the bytes gather until verified; kept after a cut connection so the next pull resumes. */
  partialPath: string;
  bytes: number | null;
  sha256: string | null;
  md5?: string | null;
}

export interface DownloadResult {
  bytes: number;
  sha256: string;
}

/** Called as bytes arrive: what this file has so far (resumed bytes included) and its size when known. */
export type ByteProgress = (received: number, total: number | null) => void;

async function hashExisting(path: string, hashes: Hash[]): Promise<number> {
  let size = 0;
  try {
    size = (await stat(path)).size;
  } catch {
    return 0;
  }
  for await (const chunk of createReadStream(path)) for (const hash of hashes) hash.update(chunk as Buffer);
  return size;
}

function networkError(url: string, error: unknown): ModelError {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const detail = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  const host = new URL(url).host;
  return new ModelError('network', `Cannot reach ${host} (${detail}). Check the network, or set HF_ENDPOINT to a mirror.`);
}

async function ensureRoom(path: string, needed: number): Promise<void> {
  try {
    const fs = await statfs(path);
    const free = fs.bavail * fs.bsize;
    if (free < needed) throw new ModelError('disk_full', `Not enough disk space in ${path}: ${needed} bytes needed, ${free} free.`);
  } catch (error) {
    if (error instanceof ModelError) throw error;
  }
}

/**
 * Downloads one file resumably: an existing partial file is hashed and continued with `Range: bytes=N-`
 * (a server that answers 200 instead starts it over). The size and checksums are checked before the partial
 * file is renamed onto `path`, so `path` is either absent or whole. A cut connection leaves the partial file
 * for the next attempt; a checksum mismatch or a full disk removes it.
 */
export async function downloadFile(target: DownloadTarget, fetchImpl: typeof fetch, onProgress?: ByteProgress, signal?: AbortSignal): Promise<DownloadResult> {
  await mkdir(dirname(target.partialPath), { recursive: true });
  let sha = createHash('sha256');
  let md5 = createHash('md5');
  let received = await hashExisting(target.partialPath, [sha, md5]);
  if (target.bytes !== null && received > target.bytes) {
    await rm(target.partialPath, { force: true });
    [sha, md5, received] = [createHash('sha256'), createHash('md5'), 0];
  }
  if (target.bytes !== null) await ensureRoom(dirname(target.partialPath), target.bytes - received);

  let total = target.bytes;
  if (target.bytes === null || received < target.bytes) {
    let response: Response;
    try {
      response = await fetchImpl(target.url, { headers: received > 0 ? { range: `bytes=${received}-` } : {}, signal, redirect: 'follow' });
    } catch (error) {
      if (signal?.aborted) throw new ModelError('cancelled', 'The download was cancelled.');
      throw networkError(target.url, error);
    }
    if (response.status === 404) throw new ModelError('not_found', `${target.url} was not found (404). The catalogue entry may be out of date, or the mirror lacks this file.`);
    if (response.status === 416 && received > 0) {
      // The partial file already holds every byte: verify it below.
      await response.body?.cancel();
    } else if (response.status !== 200 && response.status !== 206) {
      await response.body?.cancel();
      throw new ModelError('http', `${target.url} answered HTTP ${response.status}.`);
    } else {
      if (response.status === 200 && received > 0) {
        [sha, md5, received] = [createHash('sha256'), createHash('md5'), 0];
      }
      const length = Number(response.headers.get('content-length') ?? NaN);
      total ??= Number.isFinite(length) ? received + length : null;
      received = await appendBody(response, target.partialPath, received, [sha, md5], total, onProgress, target.url, signal);
    }
  }
  return finish(target, received, sha.digest('hex'), md5.digest('hex'));
}

async function appendBody(
  response: Response,
  partialPath: string,
  start: number,
  hashes: Hash[],
  total: number | null,
  onProgress: ByteProgress | undefined,
  url: string,
  signal?: AbortSignal,
): Promise<number> {
  const file = await open(partialPath, start === 0 ? 'w' : 'a');
  let received = start;
  try {
    if (response.body === null) return received;
    const reader = response.body.getReader();
    for (;;) {
      const { value: bytes, done } = await reader.read();
      if (done) break;
      await file.write(bytes);
      for (const hash of hashes) hash.update(bytes);
      received += bytes.length;
      onProgress?.(received, total);
    }
    return received;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOSPC') {
      await file.close().catch(() => {});
      await rm(partialPath, { force: true });
      throw new ModelError('disk_full', `The disk is full: could not write ${partialPath}.`);
    }
    if (signal?.aborted) throw new ModelError('cancelled', 'The download was cancelled.');
    throw new ModelError('network', `The connection broke while downloading ${url} (${received} bytes kept; run the pull again to resume).`);
  } finally {
    await file.close().catch(() => {});
  }
}

async function finish(target: DownloadTarget, received: number, sha256: string, md5: string): Promise<DownloadResult> {
  const mismatch =
    (target.bytes !== null && received !== target.bytes && `size ${received}, expected ${target.bytes}`) ||
    (target.sha256 && sha256 !== target.sha256.toLowerCase() && `SHA-256 ${sha256}, expected ${target.sha256}`) ||
    (target.md5 && md5 !== target.md5.toLowerCase() && `MD5 ${md5}, expected ${target.md5}`);
  if (mismatch) {
    await rm(target.partialPath, { force: true });
    throw new ModelError('checksum_mismatch', `${target.url} did not match its pinned checksum (${mismatch}); the download was discarded.`);
  }
  await mkdir(dirname(target.path), { recursive: true });
  await rename(target.partialPath, target.path);
  return { bytes: received, sha256 };
}
