import { setTimeout as sleep } from 'node:timers/promises';
import { CancelledError } from '../errors/index.js';
import type { BlobStore } from '../store/index.js';
import type { RenderFarmEvent } from './render-farm-types.js';
import { hasPartMarker } from './render-part-job.js';

/** How often the coordinator looks for its parts' markers. */
const POLL_MS = 250;
/** A part nobody has claimed this long after the coordinator's own group is built is built by the coordinator. */
const UNCLAIMED_GRACE_MS = 1500;
/** Slack on the estimate of how long another process takes for a part (it may be slower, or busy). */
const ESTIMATE_FACTOR = 1.25;
const ESTIMATE_SLACK_MS = 5000;

export interface PartWaiter {
  blobs: BlobStore;
  /** A fixed bound on the wait (RENDER_SPLIT_PART_WAIT_SEC), or null to estimate it from the coordinator's own part. */
  partWaitSec: number | null;
  onEvent: (event: RenderFarmEvent) => void;
  /** Stops a worker still on the part. */
  abandon: (partId: string) => Promise<void>;
}

export interface PartsToWaitFor {
  parts: readonly { id: string; weight: number }[];
  /** How long the coordinator took for its own group, and that group's weight: the estimate for the others. */
  ownMs: number;
  ownWeight: number;
  signal: AbortSignal | undefined;
  /** Filled with each part's end: done, or abandoned. */
  settled: Map<string, 'done' | 'abandoned'>;
}

/** Waits for each part's `done` marker within its bound; a part unclaimed or late is abandoned (the full render builds it). */
export async function waitForParts(waiter: PartWaiter, { parts, ownMs, ownWeight, signal, settled }: PartsToWaitFor): Promise<void> {
  const start = Date.now();
  const claimedAt = new Map<string, number>();
  const pending = new Set(parts.map((part) => part.id));
  const fixedMs = waiter.partWaitSec === null ? null : waiter.partWaitSec * 1000;
  for (;;) {
    if (signal?.aborted) throw new CancelledError();
    for (const part of parts) {
      if (!pending.has(part.id)) continue;
      const now = Date.now();
      const outcome = async (value: 'done' | 'unclaimed' | 'timeout') => {
        pending.delete(part.id);
        settled.set(part.id, value === 'done' ? 'done' : 'abandoned');
        // The full render builds what is missing; a worker still on it would only compete for the cores.
        if (value !== 'done') await waiter.abandon(part.id);
        waiter.onEvent({ type: 'part-waited', part_id: part.id, outcome: value, waited_ms: now - start });
      };
      if (await hasPartMarker(waiter.blobs, part.id, 'done')) {
        await outcome('done');
        continue;
      }
      if (!claimedAt.has(part.id) && (await hasPartMarker(waiter.blobs, part.id, 'claimed'))) claimedAt.set(part.id, now);
      const claimed = claimedAt.get(part.id);
      if (claimed === undefined) {
        if (now - start > Math.min(UNCLAIMED_GRACE_MS, fixedMs ?? Infinity)) await outcome('unclaimed');
        continue;
      }
      const estimateMs = (ownMs * part.weight) / Math.max(ownWeight, 1e-6);
      const until = fixedMs !== null ? start + fixedMs : claimed + estimateMs * ESTIMATE_FACTOR + ESTIMATE_SLACK_MS;
      if (now > until) await outcome('timeout');
    }
    if (pending.size === 0) return;
    await sleep(POLL_MS, undefined, signal ? { signal } : {}).catch(() => undefined);
  }
}
