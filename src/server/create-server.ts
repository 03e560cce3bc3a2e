import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { buildApp, createMediaLinks } from '../api/index.js';
import { BuiltinPlanner } from '../agent/index.js';
import { loadOrCreateSecret, type Config } from '../config/index.js';
import { createQueue } from '../jobs/index.js';
import { EspeakTtsEngine, listStyles, renderSceneImage, renderVideo, resolveFfmpegPath } from '../media/index.js';
import { SessionManager } from '../sessions/index.js';
import { createStorage } from '../store/index.js';
import { WebhookDispatcher, callbackSecretFor } from '../webhooks/index.js';

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

  const { store, blobs } = await createStorage({ dataDir: config.dataDir });
  const tts = new EspeakTtsEngine();
  const ffmpegPath = resolveFfmpegPath(config.ffmpegPath);
  const queue = createQueue({ onError: (error, job) => logger.error({ err: error, job_id: job.id }, 'job failed') });
  const links = createMediaLinks(linkSecret, config.publicUrl, config.mediaLinkTtlSec);
  const webhooks = new WebhookDispatcher({
    store,
    secretFor: (owner) => callbackSecretFor(webhookSecret, owner),
    onEvent: (event) => logger.info({ webhook: event }, 'webhook'),
  });
  const styleIds = listStyles().map((style) => style.style_id);
  const sessions = new SessionManager({
    store,
    blobs,
    queue,
    planner: new BuiltinPlanner(),
    tts,
    renderer: {
      renderVideo: (storyboard, options) => renderVideo(storyboard, { ...options, tts, ffmpegPath }),
      renderSceneImage: (storyboard, index, options) => renderSceneImage(storyboard, index, options),
    },
    webhooks,
    logger,
    linkFor: (key) => links.sign(key),
    styleIds,
    avatarIds: [],
    dataDir: config.dataDir,
    agentTimeoutSec: config.agentTimeoutSec,
    renderTimeoutSec: config.renderTimeoutSec,
    maxActiveJobsPerKey: config.maxActiveJobsPerKey,
    maxUploadBytes: config.maxUploadBytes,
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
