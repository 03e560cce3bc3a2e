import { createHash } from 'node:crypto';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

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
 * step runs and nothing is kept.
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
    if (this.dir && (await allExist(finals))) {
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

async function allExist(paths: readonly string[]): Promise<boolean> {
  for (const path of paths) {
    try {
      await stat(path);
    } catch {
      return false;
    }
  }
  return true;
}
