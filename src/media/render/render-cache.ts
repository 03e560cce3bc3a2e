import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { mkdir, rename, rm, utimes } from 'node:fs/promises';
import { join } from 'node:path';

/** Cache files that running renders of this process use, with how many renders use each. */
const pinned = new Map<string, number>();
/** Cache files being evicted: a step that wants one waits, then builds it again. */
const removing = new Map<string, Promise<void>>();
const pinScope = new AsyncLocalStorage<Set<string>>();

/**
 * Runs `fn` (a render) with every cache file its steps return pinned until it settles, so eviction in this
 * process never removes a file between a step's hit and the mux that reads it.
 */
export async function withPinnedRenderCache<T>(fn: () => Promise<T>): Promise<T> {
  const held = new Set<string>();
  try {
    return await pinScope.run(held, fn);
  } finally {
    for (const path of held) {
      const count = (pinned.get(path) ?? 1) - 1;
      if (count > 0) pinned.set(path, count);
      else pinned.delete(path);
    }
  }
}

/**
 * Removes a cache entry's files unless a render of this process has pinned one of them (false then). Checked
 * and marked synchronously, so a step starting meanwhile either pins first or waits for the removal.
 */
export async function removeUnpinnedEntry(paths: readonly string[]): Promise<boolean> {
  if (paths.some((path) => pinned.has(path) || removing.has(path))) return false;
  const done = Promise.all(paths.map((path) => rm(path, { force: true }))).then(() => undefined);
  for (const path of paths) removing.set(path, done);
  try {
    await done;
  } finally {
    for (const path of paths) removing.delete(path);
  }
  return true;
}

function pin(paths: readonly string[]): void {
  const held = pinScope.getStore();
  if (!held) return;
  for (const path of paths) {
    if (held.has(path)) continue;
    held.add(path);
    pinned.set(path, (pinned.get(path) ?? 0) + 1);
  }
}

/** sha256 of the parts, each length-prefixed so ["ab","c"] and ["a","bc"] differ. */
export function contentHash(...parts: (string | Buffer | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part) : part;
    hash.update(`${bytes.length}:`);
    hash.update(bytes);
  }
  return hash.digest('hex').slice(0, 32);
}

/**
 * A folder of render steps remembered by content hash (`segment:<hash>`, `tts:<hash>`, `audio:<hash>`,
 * `bed:<name>`): a step's files are written under a temporary name and renamed into place, so a crash or a
 * cancel never leaves a half-written entry that a later render would trust. Without a folder (null) every
 * step runs and nothing is kept. A hit sets its files' mtime to now: eviction (evict-render-cache.ts) removes the
 * least recently used entries first.
 */
export class RenderCache {
  readonly hits: string[] = [];
  readonly misses: string[] = [];

  constructor(
    readonly dir: string | null,
    /** Where steps are built when there is no cache folder. */
    private readonly scratchDir: string,
  ) {}

  /** The final path of a step's file (`name` distinguishes several files of one step). */
  path(stepId: string, name: string): string {
    const safe = stepId.replace(/[^A-Za-z0-9_-]/g, '-');
    return join(this.dir ?? this.scratchDir, `${safe}-${name}`);
  }

  /**
   * Returns the step's files, building them first unless all are already there. `build` gets temporary
   * paths in the same order as `names` and must write every one.
   */
  async step(stepId: string, names: readonly string[], build: (tempPaths: string[]) => Promise<void>): Promise<string[]> {
    const finals = names.map((name) => this.path(stepId, name));
    if (this.dir) {
      pin(finals);
      await Promise.all(finals.map((path) => removing.get(path)));
    }
    if (this.dir && (await touchAll(finals))) {
      this.hits.push(stepId);
      return finals;
    }
    this.misses.push(stepId);
    await mkdir(this.dir ?? this.scratchDir, { recursive: true });
    const nonce = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
    const temps = finals.map((path) => path.replace(/(\.[a-z0-9]+)?$/, `.tmp-${nonce}$1`));
    try {
      await build(temps);
      for (const [i, temp] of temps.entries()) await rename(temp, finals[i]!);
    } catch (error) {
      await Promise.all(temps.map((temp) => rm(temp, { force: true })));
      throw error;
    }
    return finals;
  }
}

/** Marks the files used now (their mtime is the LRU clock); false when one is missing. */
async function touchAll(paths: readonly string[]): Promise<boolean> {
  const now = new Date();
  for (const path of paths) {
    try {
      await utimes(path, now, now);
    } catch {
      return false;
    }
  }
  return true;
}
