import { join } from 'node:path';
import type { Logger } from 'pino';
import { createMediaLinks, type MediaLinks } from '../api/index.js';
import { resolvePlanner, type PlannerStatus } from '../agent/index.js';
import { createVisualProviders } from '../visuals/index.js';
import { BlobPhotoAvatarStore, listAvatarLooks, loadPhotoPresenterLayer } from '../avatars/index.js';
import { BlobBrandKitStore } from '../brand-kits/index.js';
import { loadOrCreateSecret, type Config } from '../config/index.js';
import { createQueue } from '../jobs/index.js';
import { builtInPresenter, createTtsEngine, evictRenderCache, listStyles, renderSceneImage, renderSceneSegments, renderVideo, resolveFfmpegPath, withPinnedRenderCache } from '../media/index.js';
import { createOutboundGuard, defaultOutboundGuard, setDefaultOutboundGuard, type OutboundGuard } from '../net/index.js';
import { createSplitRenderer, type RenderFarmEvent } from '../render-farm/index.js';
import { createSlots } from './create-slots.js';
import { SessionManager } from '../sessions/index.js';
import { createStorage, type BlobStore, type Store } from '../store/index.js';
import type { PresenterLayer, TtsEngine } from '../media/index.js';
import type { Storyboard } from '../storyboard/index.js';
import { WebhookDispatcher, callbackSecretFor } from '../webhooks/index.js';

export interface SessionRuntime {
  store: Store;
  blobs: BlobStore;
  tts: TtsEngine;
  links: MediaLinks;
  linkSecret: string;
  outbound: OutboundGuard;
  webhooks: WebhookDispatcher;
  sessions: SessionManager;
  callbackSecretFor: (owner: string) => string;
  /** Which planner plans and what it falls back to (GET /health, video-agent doctor). */
  plannerStatus: PlannerStatus;
  /** Closes everything it opened, in order. */
  close(): Promise<void>;
}

/**
 * Everything that runs sessions, wired once for both the API server and `video-agent worker`: storage, the
 * queue, the planner, TTS, the renderer (with its content-hash cache), webhooks and the outbound guard.
 * `scratchDir` is where renders write their temporary files (the session manager clears it at start).
 */
export async function createSessionRuntime(config: Config, logger: Logger, scratchDir: string): Promise<SessionRuntime> {
  const linkSecret = (await loadOrCreateSecret(join(config.dataDir, 'link-secret'))).value;
  const webhookSecret = (await loadOrCreateSecret(join(config.dataDir, 'webhook-secret'))).value;
  const { store, blobs } = await createStorage(config);
  const ffmpegPath = resolveFfmpegPath(config.ffmpegPath);
  // eSpeak-NG always; OpenAI / ElevenLabs voices too when configured, routed by voice id prefix.
  const tts = createTtsEngine(config.cloudTts, {
    ffmpegPath,
    onVoicesError: (engine, error) => logger.warn({ err: error, engine }, 'could not list cloud voices'),
  });
  const cacheDir = join(config.dataDir, 'cache', 'render');
  // Evicted at start and after each render; entries used within a render's time bound are kept for renders
  // of other processes sharing DATA_DIR (this process's renders pin theirs).
  let eviction: Promise<unknown> = Promise.resolve();
  const evictCache = () => {
    eviction = evictRenderCache({ dir: cacheDir, maxBytes: config.renderCacheMaxMb * 1024 * 1024, minAgeMs: config.renderTimeoutSec * 1000 })
      .then((result) => result.removedEntries > 0 && logger.info({ render_cache: result }, 'render cache evicted'))
      .catch((error: unknown) => logger.warn({ err: error }, 'render cache eviction failed'));
  };
  evictCache();
  const queue = createQueue({
    onError: (error, job) => logger.error({ err: error, job_id: job.id }, 'job failed'),
    databaseUrl: config.databaseUrl,
    databaseSchema: config.databaseSchema,
  });
  const links = createMediaLinks(linkSecret, config.publicUrl, config.mediaLinkTtlSec);
  // Every request made on a client's behalf (file downloads, webhooks) goes through one guard.
  const outbound = createOutboundGuard({ allowPrivateUrls: config.allowPrivateUrls, outboundAllowlist: config.outboundAllowlist });
  setDefaultOutboundGuard(outbound);
  const secretFor = (owner: string) => callbackSecretFor(webhookSecret, owner);
  const webhooks = new WebhookDispatcher({
    fetch: outbound.fetch,
    store,
    secretFor,
    onEvent: (event) => logger.info({ webhook: event }, 'webhook'),
  });
  // Long videos are split by scene across the processes sharing the queue and the bucket (docs/scale-out.md).
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
    renderVideo: (storyboard, options) => renderBound(storyboard, (presenterFor) => renderVideo(storyboard, { ...options, tts, ffmpegPath, cacheDir, presenterFor })),
    renderSceneSegments: (storyboard, options) => renderBound(storyboard, (presenterFor) => renderSceneSegments(storyboard, { ...options, tts, ffmpegPath, cacheDir, presenterFor })),
    constantFrameRate: config.renderConstantFrameRate,
    minScenes: config.renderSplitMinScenes,
    ways: config.renderSplitWays,
    partWaitSec: config.renderSplitPartWaitSec,
    partExpirySec: config.renderTimeoutSec,
    scratchDir,
    onEvent: (event) => logRenderFarmEvent(logger, event),
  });
  // The fallback order: a configured provider, Ollama (probed once here), the local model, the built-in rules.
  const { planner, status: plannerStatus } = await resolvePlanner(config, { visuals: createVisualProviders(config.visuals, { dataDir: config.dataDir, guard: outbound }) });
  logger.info({ planner: plannerStatus.active, fallbacks: plannerStatus.chain.slice(1).map((link) => link.id) }, 'planner');
  for (const hint of plannerStatus.hints) logger.info(hint);
  const photoLayers = new WeakMap<object, ReturnType<typeof loadPhotoPresenterLayer>>();
  const sessions = new SessionManager({
    store,
    blobs,
    queue,
    // LLM_* / OPENAI_* / ANTHROPIC_*, OLLAMA_*, LOCAL_LLM_* choose the planners (docs/agent.md);
    // PEXELS_* / PIXABAY_* / IMAGE_* add stock footage and generated images to the bundled pictures.
    planner,
    tts,
    renderer: {
      renderVideo: (storyboard, options) => farm.renderVideo(storyboard, options),
      renderSceneImage: async (storyboard, index, options) => {
        // The review image shows the presenter too; a photo look's portrait is decoded once per storyboard.
        let photo = photoLayers.get(storyboard);
        if (!photo) photoLayers.set(storyboard, (photo = storyboard.avatar_id ? loadPhotoPresenterLayer(blobs, storyboard.avatar_id) : Promise.resolve(null)));
        const layer = await photo;
        return renderSceneImage(storyboard, index, { ...options, presenterFor: (id) => layer ?? builtInPresenter(id) });
      },
    },
    webhooks,
    logger,
    linkFor: (key) => links.sign(key),
    styleIds: listStyles().map((style) => style.style_id),
    avatarIds: listAvatarLooks().map((look) => look.id),
    dataDir: scratchDir,
    agentTimeoutSec: config.agentTimeoutSec,
    renderTimeoutSec: config.renderTimeoutSec,
    maxActiveJobsPerKey: config.maxActiveJobsPerKey,
    maxUploadBytes: config.maxUploadBytes,
    outbound,
    brandKits: new BlobBrandKitStore(blobs),
    photoAvatars: new BlobPhotoAvatarStore(blobs),
  });
  // API processes and workers alike take other processes' parts (a no-op without pg-boss or with splitting off).
  // Not awaited: the queue connects when sessions start, and that start reports an unreachable database.
  farm.start().catch((error: unknown) => logger.warn({ err: error }, 'render parts are not taken by this process'));

  return {
    store,
    blobs,
    tts,
    links,
    linkSecret,
    outbound,
    webhooks,
    sessions,
    callbackSecretFor: secretFor,
    plannerStatus,
    async close() {
      await sessions.close();
      await eviction;
      await webhooks.stop();
      if (defaultOutboundGuard() === outbound) setDefaultOutboundGuard(null);
      await outbound.close();
      await tts.close();
      await store.close();
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
