import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Queue } from '../jobs/index.js';
import type { RenderOutput, SceneSegmentsOutput } from '../media/index.js';
import type { Storyboard } from '../storyboard/index.js';
import type { BlobStore, Store } from '../store/index.js';
import { createRenderPartHandler } from './create-render-part-handler.js';
import type { FarmRenderOptions, RenderFarmEvent } from './render-farm-types.js';
import { clearPartMarkers, RENDER_PART_JOB, setPartMarker, type RenderPartJobData } from './render-part-job.js';
import { SharedRenderCache } from './shared-render-cache.js';
import { sceneWeights, splitScenes } from './split-scenes.js';
import { waitForParts } from './wait-for-parts.js';


export interface SplitRendererOptions {
  queue: Queue;
  store: Pick<Store, 'getAsset'>;
  blobs: BlobStore;
  /** The whole render, with the caller's TTS, ffmpeg, cache folder and presenter bound. */
  renderVideo: (storyboard: Storyboard, options: FarmRenderOptions) => Promise<RenderOutput>;
  /** renderSceneSegments, bound the same way. */
  renderSceneSegments: (storyboard: Storyboard, options: FarmRenderOptions & { scenes: readonly number[] }) => Promise<SceneSegmentsOutput>;
  /** Settings that are part of the segment keys; parts are rendered with the coordinator's. */
  resolution?: 1080 | 720;
  constantFrameRate: boolean;
  /** Storyboards with fewer scenes render in one piece (RENDER_SPLIT_MIN_SCENES). */
  minScenes: number;
  /** Groups per render, this process's included (RENDER_SPLIT_WAYS); 0 or 1 = never split. */
  ways: number;
  /**
   * Longest wait for another process's part after this process built its own (RENDER_SPLIT_PART_WAIT_SEC);
   * null = about as long as this process would take for it, plus a few seconds.
   */
  partWaitSec: number | null;
  /** Bound on a part job's usefulness (the render's own time bound), in seconds. */
  partExpirySec: number;
  /** Parent of the scratch folders of the parts this process renders for others. */
  scratchDir: string;
  onEvent?: (event: RenderFarmEvent) => void;
}

export interface SplitRenderer {
  /** Splitting is on: a durable queue (pg-boss) and at least two ways. */
  readonly enabled: boolean;
  /** This farm's id (the `origin` of its part jobs). */
  readonly id: string;
  /** Renders in one piece, or split across processes when enabled and the storyboard is long enough. */
  renderVideo(storyboard: Storyboard, options: FarmRenderOptions): Promise<RenderOutput>;
  /** Starts taking `render-part` jobs of other processes (a no-op when splitting is off). */
  start(): Promise<void>;
}

/**
 * A renderer that splits a long video by scene across the processes sharing the queue and the blob store.
 * The coordinator (the process running the session's render) enqueues one `render-part` job per group of
 * scenes but the first, builds the first itself, waits for the others' `done` markers (or stops waiting),
 * then runs the full render: its segment steps find the other groups' segments in the shared tier and the
 * concat demuxer joins them without re-encoding. A dead or slow worker only costs the wait: whatever is
 * missing is built here, and a segment built twice is the same content-addressed file.
 */
export function createSplitRenderer(options: SplitRendererOptions): SplitRenderer {
  const { queue, blobs } = options;
  const id = randomUUID();
  const enabled = queue.durable && options.ways >= 2;
  const onEvent = options.onEvent ?? (() => undefined);
  /** A render's cache with the shared tier; `caches` collects them (for the counts reported). */
  const sharedCache = (caches: SharedRenderCache[]) => (dir: string | null, scratch: string) => {
    const cache = new SharedRenderCache(dir, scratch, blobs, { onUploadError: (error, key) => onEvent({ type: 'upload-failed', part_id: null, key, error }) });
    caches.push(cache);
    return cache;
  };

  async function renderSplit(storyboard: Storyboard, render: FarmRenderOptions): Promise<RenderOutput> {
    const weights = sceneWeights(storyboard);
    const groups = splitScenes(weights, options.ways);
    const renderId = randomUUID();
    const parts = groups.slice(1).map((scenes, i) => ({ id: `${renderId}-${i + 1}`, scenes, weight: scenes.reduce((sum, s) => sum + weights[s]!, 0) }));
    const settings = { ...(options.resolution ? { resolution: options.resolution } : {}), constantFrameRate: options.constantFrameRate };
    const caches: SharedRenderCache[] = [];
    // Progress of the first group, then of the full render, reported only forward.
    let last = -1;
    const onProgress: FarmRenderOptions['onProgress'] = (progress) => {
      if (progress.fraction <= last) return;
      last = progress.fraction;
      render.onProgress?.(progress);
    };
    const firstDir = join(render.workDir, 'first-part');
    await mkdir(firstDir, { recursive: true });
    const first = { ...render, ...settings, workDir: firstDir, onProgress, createCache: sharedCache(caches) };
    // Narration first, into the shared tier, so the parts' workers key their segments by the same word timings.
    await options.renderSceneSegments(storyboard, { ...first, scenes: [] });
    try {
      for (const part of parts) {
        const data: RenderPartJobData = {
          part_id: part.id, origin: id, hops: 0, expires_at: Date.now() + options.partExpirySec * 1000, scenes: part.scenes, storyboard,
          resolution: options.resolution ?? null, constant_frame_rate: options.constantFrameRate,
        };
        await queue.enqueue(RENDER_PART_JOB, data);
      }
    } catch (error) {
      // Without its part jobs the render is simply not split (a part already queued is abandoned below).
      onEvent({ type: 'split-failed', render_id: renderId, error });
      await Promise.all(parts.map((part) => setPartMarker(blobs, part.id, 'abandoned').catch(() => undefined)));
      return options.renderVideo(storyboard, { ...render, ...settings, createCache: sharedCache(caches) });
    }
    onEvent({ type: 'split', render_id: renderId, groups });
    const settled = new Map<string, 'done' | 'abandoned'>();
    try {
      const started = Date.now();
      await options.renderSceneSegments(storyboard, { ...first, scenes: groups[0]! });
      const ownMs = Date.now() - started;
      const ownWeight = groups[0]!.reduce((sum, s) => sum + weights[s]!, 0);
      onEvent({ type: 'waiting', render_id: renderId, own_ms: ownMs, parts: parts.map((part) => part.id) });
      await waitForParts({ blobs, partWaitSec: options.partWaitSec, onEvent, abandon }, { parts, ownMs, ownWeight, signal: render.signal, settled });
      const whole: SharedRenderCache[] = [];
      const output = await options.renderVideo(storyboard, { ...render, ...settings, onProgress, createCache: sharedCache(whole) });
      onEvent({
        type: 'split-render-done', render_id: renderId,
        shared_hits: whole.reduce((n, c) => n + c.sharedHits.filter((step) => step.startsWith('segment:')).length, 0),
        built: whole.reduce((n, c) => n + c.misses.filter((step) => step.startsWith('segment:')).length, 0),
        duration: output.duration, scene_sum: output.scenes.reduce((sum, scene) => sum + scene.duration, 0),
      });
      return output;
    } finally {
      for (const part of parts) {
        if (settled.get(part.id) === 'done') void clearPartMarkers(blobs, part.id, ['claimed', 'done']);
        else if (!settled.has(part.id)) await abandon(part.id);
      }
    }
  }

  /** Stops a worker still on the part; a job not yet taken finds the marker and ends at once. */
  async function abandon(partId: string): Promise<void> {
    await setPartMarker(blobs, partId, 'abandoned').catch(() => undefined);
  }

  return {
    enabled,
    id,
    async renderVideo(storyboard, render) {
      const settings = { ...(options.resolution ? { resolution: options.resolution } : {}), constantFrameRate: options.constantFrameRate };
      if (!enabled || storyboard.scenes.length < Math.max(2, options.minScenes)) return options.renderVideo(storyboard, { ...render, ...settings });
      return renderSplit(storyboard, render);
    },
    async start() {
      if (!enabled) return;
      const handler = createRenderPartHandler({ queue, store: options.store, blobs, renderSceneSegments: options.renderSceneSegments, farmId: id, scratchDir: options.scratchDir, onEvent });
      // One part at a time: a segment already keeps two cores busy.
      await queue.work(RENDER_PART_JOB, 1, handler);
    },
  };
}
