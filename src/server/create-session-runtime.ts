import { join } from 'node:path';
import type { Logger } from 'pino';
import { createMediaLinks, type MediaLinks } from '../api/index.js';
import { resolvePlanner, type PlannerStatus } from '../agent/index.js';
import { createVisualProviders, type VisualProviders } from '../visuals/index.js';
import { BlobPhotoAvatarStore, listAvatarLooks } from '../avatars/index.js';
import { BlobBrandKitStore } from '../brand-kits/index.js';
import { loadOrCreateSecret, type Config } from '../config/index.js';
import { createEventBus, type EventBus } from '../events/index.js';
import { createQueue } from '../jobs/index.js';
import { createTtsEngine, listStyles, resolveFfmpegPath, type TtsEngine } from '../media/index.js';
import { createOutboundGuard, defaultOutboundGuard, setDefaultOutboundGuard, type OutboundGuard } from '../net/index.js';
import { createModelManager, modelVoiceSource, type ModelManager } from '../models/index.js';
import { SessionManager } from '../sessions/index.js';
import { createStorage, type BlobStore, type Store } from '../store/index.js';
import { WebhookDispatcher, callbackSecretFor } from '../webhooks/index.js';
import { createMediaRenderer, type MediaRenderer } from './create-media-renderer.js';
import type { ServerAdapters } from './server-adapters.js';

export interface SessionRuntime {
  models: ModelManager;
  store: Store;
  blobs: BlobStore;
  tts: TtsEngine;
  links: MediaLinks;
  linkSecret: string;
  outbound: OutboundGuard;
  webhooks: WebhookDispatcher;
  /** Session events: in-process, or across every process on DATABASE_URL (LISTEN/NOTIFY). */
  events: EventBus;
  sessions: SessionManager;
  callbackSecretFor: (owner: string) => string;
  /** Stock and image providers as configured (null: the bundled library only); the studio's picture search uses them too. */
  visuals: VisualProviders | null;
  /** Which planner plans and what it falls back to (GET /health, video-agent doctor). */
  plannerStatus: PlannerStatus;
  /** Closes everything it opened, in order. */
  close(): Promise<void>;
}

/**
 * Everything that runs sessions, wired once for both the API server and `video-agent worker`: storage, the
 * queue, the event bus, the planner, TTS, the renderer (with its content-hash cache), webhooks and the outbound
 * guard. `scratchDir` is where renders write their temporary files (the session manager clears it at start).
 * `adapters` replaces any of the adapters (tests assemble a runtime with fakes); the rest are built from config.
 */
export async function createSessionRuntime(config: Config, logger: Logger, scratchDir: string, adapters: Partial<ServerAdapters> = {}): Promise<SessionRuntime> {
  const linkSecret = (await loadOrCreateSecret(join(config.dataDir, 'link-secret'))).value;
  const webhookSecret = (await loadOrCreateSecret(join(config.dataDir, 'webhook-secret'))).value;
  const { store, blobs } = await openStorage(config, adapters);
  // With DATABASE_URL, SSE clients of this process hear the runs of every process (docs/architecture.md).
  const events =
    adapters.events ??
    createEventBus({
      databaseUrl: config.databaseUrl,
      databaseSchema: config.databaseSchema,
      store,
      onError: (error) => logger.warn({ err: error }, 'event bus'),
      onListening: (info) => logger.info({ event_bus: info }, info.reconnected ? 'event bus listening again' : 'event bus listening'),
    });
  // Pulled neural models (MODELS_DIR), downloaded through the outbound guard from HF_ENDPOINT.
  const models = createModelManager({
    modelsDir: config.modelsDir,
    hubUrl: config.hfEndpoint,
    catalogueFile: config.modelsCatalogueFile,
    outbound: { allowPrivateUrls: config.allowPrivateUrls, outboundAllowlist: config.outboundAllowlist },
  });
  // eSpeak-NG always; installed Kokoro / Piper voices; OpenAI / ElevenLabs voices when configured; routed by voice id prefix.
  const tts =
    adapters.tts ??
    createTtsEngine(config.cloudTts, {
      neural: modelVoiceSource(models),
      ffmpegPath: resolveFfmpegPath(config.ffmpegPath),
      onVoicesError: (engine, error) => logger.warn({ err: error, engine }, 'could not list cloud voices'),
    });
  const queue =
    adapters.queue ??
    createQueue({
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
  const visuals = createVisualProviders(config.visuals, { dataDir: config.dataDir, guard: outbound });
  const media: MediaRenderer = adapters.renderer ? { renderer: adapters.renderer, close: async () => undefined } : createMediaRenderer(config, logger, { store, blobs, queue, tts, scratchDir, outbound });
  // The fallback order: a configured provider, Ollama (probed once here), the local model, the built-in rules.
  const { planner, status: plannerStatus } = await resolvePlanner(config, { visuals });
  logger.info({ planner: plannerStatus.active, fallbacks: plannerStatus.chain.slice(1).map((link) => link.id) }, 'planner');
  for (const hint of plannerStatus.hints) logger.info(hint);
  const sessions = new SessionManager({
    store,
    blobs,
    queue,
    events,
    // LLM_* / OPENAI_* / ANTHROPIC_*, OLLAMA_*, LOCAL_LLM_* choose the planners (docs/agent.md);
    // PEXELS_* / PIXABAY_* / IMAGE_* add stock footage and generated images to the bundled pictures.
    planner: adapters.planner ?? planner,
    tts,
    renderer: media.renderer,
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
    brandKits: new BlobBrandKitStore(blobs, store),
    photoAvatars: new BlobPhotoAvatarStore(blobs, store),
  });
  // A model pulled or removed here changes the voices at once (one pulled by the CLI shows up within seconds).
  models.onChange(() => sessions.invalidateVoices());

  return {
    models,
    store,
    blobs,
    tts,
    events,
    links,
    linkSecret,
    outbound,
    webhooks,
    sessions,
    callbackSecretFor: secretFor,
    visuals,
    plannerStatus,
    async close() {
      await sessions.close();
      await media.close();
      await webhooks.stop();
      await events.close();
      if (defaultOutboundGuard() === outbound) setDefaultOutboundGuard(null);
      await outbound.close();
      await tts.close();
      await store.close();
    },
  };
}

/** The given store and blobs, or the configured ones for whichever is missing. */
async function openStorage(config: Config, adapters: Partial<ServerAdapters>): Promise<{ store: Store; blobs: BlobStore }> {
  if (adapters.store && adapters.blobs) return { store: adapters.store, blobs: adapters.blobs };
  const opened = await createStorage(config);
  if (adapters.store) await opened.store.close();
  return { store: adapters.store ?? opened.store, blobs: adapters.blobs ?? opened.blobs };
}
