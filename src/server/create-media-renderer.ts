import { join } from 'node:path';
import type { Logger } from 'pino';
import { loadPhotoPresenterLayer } from '../avatars/index.js';
import type { Config } from '../config/index.js';
import type { Queue } from '../jobs/index.js';
import { builtInPresenter, evictRenderCache, renderSceneImage, renderSceneSegments, renderVideo, resolveFfmpegPath, withPinnedRenderCache } from '../media/index.js';
import type { PresenterLayer, TtsEngine } from '../media/index.js';
import { createSplitRenderer, type RenderFarmEvent } from '../render-farm/index.js';
import type { VideoRenderer } from '../sessions/index.js';
import type { BlobStore, Store } from '../store/index.js';
import type { Storyboard } from '../storyboard/index.js';
import type { OutboundGuard } from '../net/index.js';
import { visualMediaCache } from '../visuals/index.js';
import { createSlots } from './create-slots.js';

export interface MediaRendererDeps {
  store: Store;
  blobs: BlobStore;
  queue: Queue;
  tts: TtsEngine;
  /** Parent of the scratch folders of render parts this process builds for others. */
  scratchDir: string;
  /** Stock clips and photos missing from DATA_DIR/cache/visuals are fetched again through it. */
  outbound: OutboundGuard;
}

export interface MediaRenderer {
  renderer: VideoRenderer;
  /** Waits for a cache eviction under way. */
  close(): Promise<void>;
}

/**
 * The real renderer of a session runtime: src/media behind the render farm (long videos split by scene across
 * the processes sharing the queue and the bucket, docs/scale-out.md), with the content-hash render cache under
 * DATA_DIR/cache/render and RENDER_CONCURRENCY slots.
 */
export function createMediaRenderer(config: Config, logger: Logger, deps: MediaRendererDeps): MediaRenderer {
  const { store, blobs, queue, tts } = deps;
  const ffmpegPath = resolveFfmpegPath(config.ffmpegPath);
  const cacheDir = join(config.dataDir, 'cache', 'render');
  const visualMedia = visualMediaCache({ dataDir: config.dataDir, guard: deps.outbound });
  // Evicted at start and after each render; entries used within a render's time bound are kept for renders
  // of other processes sharing DATA_DIR (this process's renders pin theirs).
  let eviction: Promise<unknown> = Promise.resolve();
  const evictCache = () => {
    eviction = evictRenderCache({ dir: cacheDir, maxBytes: config.renderCacheMaxMb * 1024 * 1024, minAgeMs: config.renderTimeoutSec * 1000 })
      .then((result) => result.removedEntries > 0 && logger.info({ render_cache: result }, 'render cache evicted'))
      .catch((error: unknown) => logger.warn({ err: error }, 'render cache eviction failed'));
  };
  evictCache();
  // RENDER_CONCURRENCY: renders (and scene groups of split renders) encoding at once in this process; the queue
  // runs more jobs than that (planning is light), so a render beyond it waits for a slot.
  const renderSlot = createSlots(config.renderConcurrency);
  const renderBound = async <T>(storyboard: Storyboard, render: (presenterFor: (id: string) => PresenterLayer | null) => Promise<T>): Promise<T> => renderSlot(async () => {
    // A photo avatar's portrait is decoded before rendering; built-in looks are drawn from the catalogue.
    const photo = storyboard.avatar_id ? await loadPhotoPresenterLayer(blobs, storyboard.avatar_id) : null;
    try {
      return await withPinnedRenderCache(() => render((id) => photo ?? builtInPresenter(id)));
    } finally {
      evictCache();
    }
  });
  const farm = createSplitRenderer({
    queue,
    store,
    blobs,
    renderVideo: (storyboard, options) => renderBound(storyboard, (presenterFor) => renderVideo(storyboard, { ...options, tts, ffmpegPath, cacheDir, presenterFor, visualMedia })),
    renderSceneSegments: (storyboard, options) => renderBound(storyboard, (presenterFor) => renderSceneSegments(storyboard, { ...options, tts, ffmpegPath, cacheDir, presenterFor, visualMedia })),
    constantFrameRate: config.renderConstantFrameRate,
    minScenes: config.renderSplitMinScenes,
    ways: config.renderSplitWays,
    partWaitSec: config.renderSplitPartWaitSec,
    partExpirySec: config.renderTimeoutSec,
    scratchDir: deps.scratchDir,
    onEvent: (event) => logRenderFarmEvent(logger, event),
  });
  // API processes and workers alike take other processes' parts (a no-op without pg-boss or with splitting off).
  // Not awaited: the queue connects when sessions start, and that start reports an unreachable database.
  farm.start().catch((error: unknown) => logger.warn({ err: error }, 'render parts are not taken by this process'));

  const photoLayers = new WeakMap<object, ReturnType<typeof loadPhotoPresenterLayer>>();
  return {
    renderer: {
      renderVideo: (storyboard, options) => farm.renderVideo(storyboard, options),
      renderSceneImage: async (storyboard, index, options) => {
        // The review image shows the presenter too; a photo look's portrait is decoded once per storyboard.
        let photo = photoLayers.get(storyboard);
        if (!photo) photoLayers.set(storyboard, (photo = storyboard.avatar_id ? loadPhotoPresenterLayer(blobs, storyboard.avatar_id) : Promise.resolve(null)));
        const layer = await photo;
        return renderSceneImage(storyboard, index, { ...options, visualMedia, presenterFor: (id) => layer ?? builtInPresenter(id) });
      },
    },
    async close() {
      await eviction;
    },
  };
}

function logRenderFarmEvent(logger: Logger, event: RenderFarmEvent): void {
  const message = `render ${event.type.replace(/-/g, ' ')}`;
  if ('error' in event) {
    const { error, ...rest } = event;
    logger.warn({ err: error, render_farm: rest }, message);
  } else if (event.type === 'part-bounced') logger.debug({ render_farm: event }, message);
  else logger.info({ render_farm: event }, message);
}
