import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppError, CancelledError, isCancelled } from '../errors/index.js';
import type { Job, JobHandler, Queue } from '../jobs/index.js';
import type { SceneSegmentsOutput } from '../media/index.js';
import type { BlobStore, Store } from '../store/index.js';
import { clearPartMarkers, hasPartMarker, RENDER_PART_JOB, setPartMarker, type RenderPartJobData } from './render-part-job.js';
import { SharedRenderCache } from './shared-render-cache.js';
import type { FarmRenderOptions, RenderFarmEvent } from './render-farm-types.js';

/** How often a part's worker was handed back by its own origin before it is left to the origin. */
const MAX_HOPS = 10;
/** The origin holds a bounced job this long, so an idle process is the one the queue wakes to take it. */
const BOUNCE_HOLD_MS = 500;
/** How often a running part looks for the coordinator's `abandoned` marker. */
const ABANDON_POLL_MS = 1000;

export interface RenderPartHandlerOptions {
  queue: Queue;
  store: Pick<Store, 'getAsset'>;
  blobs: BlobStore;
  renderSceneSegments: (storyboard: RenderPartJobData['storyboard'], options: FarmRenderOptions & { scenes: readonly number[] }) => Promise<SceneSegmentsOutput>;
  /** This farm's id (the origin of the parts its renders enqueue). */
  farmId: string;
  /** Parent of each part's scratch folder. */
  scratchDir: string;
  onEvent: (event: RenderFarmEvent) => void;
}

/**
 * The `render-part` job: renders the job's scenes with renderSceneSegments into the shared segment tier and
 * marks the part done. A part of this farm's own render is handed back to the queue (the origin builds it
 * itself if no other process takes it). Failures are reported, not thrown: the coordinator builds whatever is
 * missing. Only the queue closing (its signal) is thrown, so the job goes back to the queue.
 */
export function createRenderPartHandler(options: RenderPartHandlerOptions): JobHandler {
  const { blobs, onEvent } = options;
  return async (job: Job, queueSignal: AbortSignal) => {
    const data = job.data as RenderPartJobData;
    const partId = data.part_id;
    if (Date.now() > data.expires_at || (await hasPartMarker(blobs, partId, 'done'))) return;
    if (await hasPartMarker(blobs, partId, 'abandoned')) {
      // The job is over for everyone: its last run cleans up (the origin's bounces may still see it meanwhile).
      if (data.origin !== options.farmId) await clearPartMarkers(blobs, partId, ['abandoned', 'claimed']);
      return;
    }
    if (data.origin === options.farmId) {
      if (data.hops >= MAX_HOPS) return;
      await options.queue.enqueue(RENDER_PART_JOB, { ...data, hops: data.hops + 1 } satisfies RenderPartJobData);
      onEvent({ type: 'part-bounced', part_id: partId, hops: data.hops + 1 });
      await sleep(BOUNCE_HOLD_MS, undefined, { signal: queueSignal }).catch(() => undefined);
      return;
    }
    const started = Date.now();
    await setPartMarker(blobs, partId, 'claimed', { by: options.farmId });
    onEvent({ type: 'part-claimed', part_id: partId, scenes: data.scenes });
    const controller = new AbortController();
    const stop = () => controller.abort(new CancelledError());
    queueSignal.addEventListener('abort', stop, { once: true });
    let abandoned = false;
    const watch = setInterval(() => {
      void hasPartMarker(blobs, partId, 'abandoned').then((yes) => {
        if (yes && !abandoned) {
          abandoned = true;
          stop();
        }
      });
    }, ABANDON_POLL_MS);
    const workDir = join(options.scratchDir, `part-${partId}-${randomBytes(3).toString('hex')}`);
    let tier: SharedRenderCache | null = null;
    try {
      await mkdir(workDir, { recursive: true });
      const output = await options.renderSceneSegments(data.storyboard, {
        workDir,
        scenes: data.scenes,
        signal: controller.signal,
        ...(data.resolution !== null ? { resolution: data.resolution } : {}),
        constantFrameRate: data.constant_frame_rate,
        resolveAsset: async (id) => {
          const asset = await options.store.getAsset(id);
          if (!asset || asset.status !== 'ready') throw new AppError('asset_not_available', `Asset ${id} is not available.`);
          return { path: await blobs.localPath(asset.blob_key), mimeType: asset.mime_type };
        },
        // Published even when this machine's cache had them: the coordinator may be elsewhere.
        createCache: (dir, scratch) =>
          (tier = new SharedRenderCache(dir, scratch, blobs, {
            publishHits: true,
            onUploadError: (error, key) => onEvent({ type: 'upload-failed', part_id: partId, key, error }),
          })),
      });
      await setPartMarker(blobs, partId, 'done', { by: options.farmId });
      const built = output.cache.misses.filter((id) => id.startsWith('segment:')).length;
      const reused = output.segments.length - built;
      onEvent({ type: 'part-built', part_id: partId, scenes: data.scenes, segments: output.segments.length, built, reused, ms: Date.now() - started });
    } catch (error) {
      if (queueSignal.aborted) throw error;
      if (abandoned || isCancelled(error, controller.signal)) onEvent({ type: 'part-abandoned', part_id: partId, built: (tier as SharedRenderCache | null)?.misses.filter((id) => id.startsWith('segment:')).length ?? 0 });
      else onEvent({ type: 'part-failed', part_id: partId, error });
    } finally {
      clearInterval(watch);
      queueSignal.removeEventListener('abort', stop);
      if (abandoned) await clearPartMarkers(blobs, partId, ['abandoned', 'claimed']);
      await rm(workDir, { recursive: true, force: true });
    }
  };
}
