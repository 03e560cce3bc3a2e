import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { buildApp, createMediaLinks } from '../api/index.js';
import { createPlanner } from '../agent/index.js';
import { BlobBrandKitStore } from '../brand-kits/index.js';
import { loadOrCreateSecret, type Config } from '../config/index.js';
import { createQueue } from '../jobs/index.js';
import { EspeakTtsEngine, listStyles, renderSceneImage, renderVideo, resolveFfmpegPath } from '../media/index.js';
import { SessionManager } from '../sessions/index.js';
import { createStorage } from '../store/index.js';
import { studioRoutes } from '../studio/index.js';
import { WebhookDispatcher, callbackSecretFor } from '../webhooks/index.js';
import { createOutboundGuard, defaultOutboundGuard, setDefaultOutboundGuard } from '../net/index.js';
import { listAvatarLooks } from '../avatars/index.js';

export interface Server {
  app: FastifyInstance;
  config: Config;
  sessions: SessionManager;
  /** The API keys in force (from API_KEYS, or the one generated at first start). */
  apiKeys: string[];
  generatedKey: string | null;
  close(): Promise<void>;
}

/** The composition root: picks every adapter once and wires the capabilities together. */
export async function createServer(config: Config, logger: Logger): Promise<Server> {
  let generatedKey: string | null = null;
  let apiKeys = config.apiKeys;
  if (apiKeys.length === 0) {
    const key = await loadOrCreateSecret(join(config.dataDir, 'api-key'), () => `ova_${randomKey()}`);
    apiKeys = [key.value];
    if (key.created) generatedKey = key.value;
  }
  const linkSecret = (await loadOrCreateSecret(join(config.dataDir, 'link-secret'))).value;
  const webhookSecret = (await loadOrCreateSecret(join(config.dataDir, 'webhook-secret'))).value;
  const effective: Config = { ...config, apiKeys };

  const { store, blobs } = await createStorage(config);
  const tts = new EspeakTtsEngine();
  const ffmpegPath = resolveFfmpegPath(config.ffmpegPath);
  const queue = createQueue({
    onError: (error, job) => logger.error({ err: error, job_id: job.id }, 'job failed'),
    databaseUrl: config.databaseUrl,
    databaseSchema: config.databaseSchema,
  });
  const links = createMediaLinks(linkSecret, config.publicUrl, config.mediaLinkTtlSec);
  // Every request made on a client's behalf (file downloads, webhooks) goes through one guard.
  const outbound = createOutboundGuard({ allowPrivateUrls: config.allowPrivateUrls, outboundAllowlist: config.outboundAllowlist });
  setDefaultOutboundGuard(outbound);
  const webhooks = new WebhookDispatcher({
    fetch: outbound.fetch,
    store,
    secretFor: (owner) => callbackSecretFor(webhookSecret, owner),
    onEvent: (event) => logger.info({ webhook: event }, 'webhook'),
  });
  const styleIds = listStyles().map((style) => style.style_id);
  const sessions = new SessionManager({
    store,
    blobs,
    queue,
    // LLM_* / OPENAI_* / ANTHROPIC_* configure a language model; unset, the built-in planner plans.
    planner: createPlanner(config.llm),
    tts,
    renderer: {
      renderVideo: (storyboard, options) => renderVideo(storyboard, { ...options, tts, ffmpegPath }),
      renderSceneImage: (storyboard, index, options) => renderSceneImage(storyboard, index, options),
    },
    webhooks,
    logger,
    linkFor: (key) => links.sign(key),
    styleIds,
    avatarIds: listAvatarLooks().map((look) => look.id),
    dataDir: config.dataDir,
    agentTimeoutSec: config.agentTimeoutSec,
    renderTimeoutSec: config.renderTimeoutSec,
    maxActiveJobsPerKey: config.maxActiveJobsPerKey,
    maxUploadBytes: config.maxUploadBytes,
    outbound,
    brandKits: new BlobBrandKitStore(blobs),
  });
  const app = await buildApp({
    config: effective,
    logger,
    store,
    blobs,
    tts,
    sessions,
    linkSecret,
    callbackSecretFor: (owner) => callbackSecretFor(webhookSecret, owner),
  });
  // The web studio at `/`: static files, no key; the page sends the key on its /v3 calls.
  await app.register(studioRoutes);
  await sessions.start();
  webhooks.start();

  return {
    app,
    config: effective,
    sessions,
    apiKeys,
    generatedKey,
    async close() {
      await app.close();
      await sessions.close();
      await webhooks.stop();
      if (defaultOutboundGuard() === outbound) setDefaultOutboundGuard(null);
      await outbound.close();
      await tts.close();
      await store.close();
    },
  };
}

function randomKey(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}
