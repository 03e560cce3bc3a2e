import { join } from 'node:path';
import type { Logger } from 'pino';
import { createMediaLinks, type MediaLinks } from '../api/index.js';
import { createPlanner } from '../agent/index.js';
import { BlobPhotoAvatarStore, listAvatarLooks, loadPhotoPresenterLayer } from '../avatars/index.js';
import { BlobBrandKitStore } from '../brand-kits/index.js';
import { loadOrCreateSecret, type Config } from '../config/index.js';
import { createQueue } from '../jobs/index.js';
import { builtInPresenter, createTtsEngine, listStyles, renderSceneImage, renderVideo, resolveFfmpegPath } from '../media/index.js';
import { createOutboundGuard, defaultOutboundGuard, setDefaultOutboundGuard, type OutboundGuard } from '../net/index.js';
import { SessionManager } from '../sessions/index.js';
import { createStorage, type BlobStore, type Store } from '../store/index.js';
import type { TtsEngine } from '../media/index.js';
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
  const sessions = new SessionManager({
    store,
    blobs,
    queue,
    // LLM_* / OPENAI_* / ANTHROPIC_* configure a language model; unset, the built-in planner plans.
    planner: createPlanner(config.llm),
    tts,
    renderer: {
      renderVideo: async (storyboard, options) => {
        // A photo avatar's portrait is decoded before rendering; built-in looks are drawn from the catalogue.
        const photo = storyboard.avatar_id ? await loadPhotoPresenterLayer(blobs, storyboard.avatar_id) : null;
        return renderVideo(storyboard, { ...options, tts, ffmpegPath, cacheDir, presenterFor: (id) => photo ?? builtInPresenter(id) });
      },
      renderSceneImage: (storyboard, index, options) => renderSceneImage(storyboard, index, options),
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
    async close() {
      await sessions.close();
      await webhooks.stop();
      if (defaultOutboundGuard() === outbound) setDefaultOutboundGuard(null);
      await outbound.close();
      await tts.close();
      await store.close();
    },
  };
}
