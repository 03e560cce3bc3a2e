import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { removeUnpinnedEntry } from './render-cache.js';

export interface EvictRenderCacheOptions {
  /** The RenderCache folder (e.g. DATA_DIR/cache/render). */
  dir: string;
  /** Size cap in bytes; 0 = unlimited (only stale temporary files are removed). */
  maxBytes: number;
  /**
   * Entries used more recently than this are kept even above the cap: a render in another process sharing
   * the folder may still read them (renders of this process pin theirs). Default 0.
   */
  minAgeMs?: number;
  now?: number;
}

export interface EvictRenderCacheResult {
  /** Entries and bytes in the folder before eviction. */
  entries: number;
  bytes: number;
  removedEntries: number;
  removedBytes: number;
  /** Left-over `.tmp-` files of crashed builds that were removed. */
  removedTempFiles: number;
}

/** A build's temporary file older than this is a crash's leftover (builds take minutes, not hours). */
const STALE_TEMP_MS = 6 * 3600_000;

const running = new Map<string, Promise<EvictRenderCacheResult>>();

/**
 * Brings a render cache folder under `maxBytes` by removing whole entries (a step's files), least recently
 * used first (RenderCache sets mtime on every hit). Never removes an entry a render of this process has
 * pinned (withPinnedRenderCache), one used within `minAgeMs`, or an in-flight build's `.tmp-` file. Calls
 * for a folder while one runs share its result.
 */
export function evictRenderCache(options: EvictRenderCacheOptions): Promise<EvictRenderCacheResult> {
  const current = running.get(options.dir);
  if (current) return current;
  const run = evict(options).finally(() => running.delete(options.dir));
  running.set(options.dir, run);
  return run;
}

interface Entry {
  paths: string[];
  bytes: number;
  lastUsed: number;
}

async function evict({ dir, maxBytes, minAgeMs = 0, now = Date.now() }: EvictRenderCacheOptions): Promise<EvictRenderCacheResult> {
  const result: EvictRenderCacheResult = { entries: 0, bytes: 0, removedEntries: 0, removedBytes: 0, removedTempFiles: 0 };
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return result;
    throw error;
  }
  const entries = new Map<string, Entry>();
  let tempBytes = 0;
  for (const name of names) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) continue;
    if (name.includes('.tmp-')) {
      if (now - info.mtimeMs > STALE_TEMP_MS) {
        await rm(path, { force: true });
        result.removedTempFiles += 1;
      } else tempBytes += info.size;
      continue;
    }
    // Files are `<step id>-<name>` and names carry no '-', so the entry is everything before the last one.
    const cut = name.lastIndexOf('-');
    const key = cut > 0 ? name.slice(0, cut) : name;
    const entry = entries.get(key) ?? { paths: [], bytes: 0, lastUsed: 0 };
    entry.paths.push(path);
    entry.bytes += info.size;
    entry.lastUsed = Math.max(entry.lastUsed, info.mtimeMs);
    entries.set(key, entry);
  }
  result.entries = entries.size;
  result.bytes = tempBytes + [...entries.values()].reduce((sum, entry) => sum + entry.bytes, 0);
  if (maxBytes <= 0) return result;
  let total = result.bytes;
  const oldestFirst = [...entries.values()].sort((a, b) => a.lastUsed - b.lastUsed);
  for (const entry of oldestFirst) {
    if (total <= maxBytes || now - entry.lastUsed < minAgeMs) break;
    if (minAgeMs > 0) {
      // Another process may have hit it since the listing.
      const mtimes = await Promise.all(entry.paths.map((path) => stat(path).then((info) => info.mtimeMs, () => 0)));
      if (now - Math.max(...mtimes) < minAgeMs) continue;
    }
    if (!(await removeUnpinnedEntry(entry.paths))) continue;
    total -= entry.bytes;
    result.removedEntries += 1;
    result.removedBytes += entry.bytes;
  }
  return result;
}
