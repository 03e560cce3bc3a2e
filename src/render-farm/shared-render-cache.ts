import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { RenderCache } from '../media/index.js';
import type { BlobStore } from '../store/index.js';

/**
 * Steps shared between machines and their blob folders: scene segments, and the narration they are keyed by
 * (eSpeak's word timings differ by a millisecond from one run to the next, and captioned segments' keys hold
 * them, so machines that each synthesised a scene would never share its segments).
 */
const SHARED: Record<string, string> = { 'segment:': 'render-segments', 'tts:': 'render-narration' };

/**
 * Narration steps whose local files this process knows to be the blob store's copy (adopted or uploaded by
 * it), so a render's later passes do not download them again. A stale entry (the local copy evicted and
 * synthesised anew by a render without the tier) costs shared segments, never correctness.
 */
const narrationInTier = new Set<string>();

function sharedPrefix(stepId: string): string | null {
  return Object.keys(SHARED).find((prefix) => stepId.startsWith(prefix)) ?? null;
}

/** The blob key of one file of a shared step: `render-segments/<hash>/clean.mp4`, `render-narration/<hash>/speech.pcm`. */
export function sharedStepBlobKey(stepId: string, name: string): string {
  const prefix = sharedPrefix(stepId);
  if (prefix === null) throw new RangeError(`Step ${stepId} is not shared`);
  return `${SHARED[prefix]}/${stepId.slice(prefix.length)}/${name}`;
}

export interface SharedRenderCacheOptions {
  /**
   * Also upload shared steps found in the local cache when the blob store lacks them (a part's worker whose own
   * cache already had them must still hand them to the coordinator on another machine).
   */
  publishHits?: boolean;
  /** An upload that failed: the render goes on (the step stays local), the caller logs it. */
  onUploadError?: (error: unknown, key: string) => void;
}

/**
 * The local render cache with the blob store behind it for segment and narration steps, so what one machine
 * built is reused on another. A segment: local first, then the blob store (downloaded), else built here and
 * uploaded. Narration: the blob store's copy wins over a local one (it replaces it), so every machine of a
 * split render keys its captioned segments by the same word timings; a local or new one is uploaded when the
 * blob store has none. Other steps (soundtrack, music beds) stay local.
 */
export class SharedRenderCache extends RenderCache {
  /** Shared steps downloaded from the blob store (also in hits). */
  readonly sharedHits: string[] = [];

  constructor(
    dir: string | null,
    scratchDir: string,
    private readonly blobs: BlobStore,
    private readonly options: SharedRenderCacheOptions = {},
  ) {
    super(dir, scratchDir);
  }

  override async step(stepId: string, names: readonly string[], build: (tempPaths: string[]) => Promise<void>): Promise<string[]> {
    const prefix = sharedPrefix(stepId);
    if (prefix === null) return super.step(stepId, names, build);
    const inTier = `${this.dir}:${stepId}`;
    if (prefix === 'tts:' && this.dir !== null && !narrationInTier.has(inTier) && (await this.adopt(stepId, names))) {
      narrationInTier.add(inTier);
      const files = await super.step(stepId, names, build);
      this.sharedHits.push(stepId);
      return files;
    }
    const source = { from: 'local' as 'local' | 'shared' | 'built' };
    const files = await super.step(stepId, names, async (temps) => {
      if (await this.download(stepId, names, temps)) {
        source.from = 'shared';
        return;
      }
      await build(temps);
      source.from = 'built';
    });
    if (source.from === 'shared') {
      // The local cache counted the download as its miss; it is a hit of this tier.
      const at = this.misses.lastIndexOf(stepId);
      if (at >= 0) this.misses.splice(at, 1);
      this.hits.push(stepId);
      this.sharedHits.push(stepId);
      if (prefix === 'tts:') narrationInTier.add(inTier);
    } else if (source.from === 'built' || prefix === 'tts:' || this.options.publishHits === true) {
      const complete = await this.upload(stepId, names, files, source.from === 'local');
      if (complete && prefix === 'tts:' && this.dir !== null) narrationInTier.add(inTier);
    }
    return files;
  }

  /** Puts the blob store's copy of a step in the local cache, replacing a local one; false when it has none. */
  private async adopt(stepId: string, names: readonly string[]): Promise<boolean> {
    const finals = names.map((name) => this.path(stepId, name));
    const nonce = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
    // Named like the local cache's own temp files, which eviction knows.
    const temps = finals.map((path) => path.replace(/(\.[a-z0-9]+)?$/, `.tmp-${nonce}$1`));
    await mkdir(this.dir!, { recursive: true });
    if (!(await this.download(stepId, names, temps))) {
      await Promise.all(temps.map((temp) => rm(temp, { force: true })));
      return false;
    }
    for (const [i, temp] of temps.entries()) await rename(temp, finals[i]!);
    return true;
  }

  /** True when every file of the step was in the blob store and is now at its temp path. */
  private async download(stepId: string, names: readonly string[], temps: string[]): Promise<boolean> {
    const keys = names.map((name) => sharedStepBlobKey(stepId, name));
    const present = await Promise.all(keys.map((key) => this.blobs.stat(key).catch(() => null)));
    if (present.some((info) => info === null)) return false;
    try {
      for (const [i, key] of keys.entries()) await pipeline(await this.blobs.stream(key), createWriteStream(temps[i]!));
      return true;
    } catch {
      // Gone meanwhile or unreadable: built here instead (the temp files are overwritten).
      return false;
    }
  }

  /** True when every file is in the blob store now. */
  private async upload(stepId: string, names: readonly string[], files: string[], onlyMissing = false): Promise<boolean> {
    let complete = true;
    // A reader wants every name of a step, so a half-uploaded step is a miss there, never a torn hit.
    for (const [i, name] of names.entries()) {
      const key = sharedStepBlobKey(stepId, name);
      try {
        if (onlyMissing && (await this.blobs.stat(key)) !== null) continue;
        await this.blobs.putFile(key, files[i]!);
      } catch (error) {
        complete = false;
        this.options.onUploadError?.(error, key);
      }
    }
    return complete;
  }
}
