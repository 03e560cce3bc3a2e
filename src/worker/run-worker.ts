import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { createMediaLinks } from '../api/index.js';
import { createPlanner } from '../agent/index.js';
import { listAvatarLooks } from '../avatars/index.js';
import { BlobBrandKitStore } from '../brand-kits/index.js';
import { loadOrCreateSecret, type Config } from '../config/index.js';
import { createQueue } from '../jobs/index.js';
import { EspeakTtsEngine, listStyles, renderSceneImage, renderVideo, resolveFfmpegPath } from '../media/index.js';
import { createOutboundGuard, defaultOutboundGuard, setDefaultOutboundGuard } from '../net/index.js';
import { SessionManager } from '../sessions/index.js';
import { createStorage } from '../store/index.js';
import { WebhookDispatcher, callbackSecretFor } from '../webhooks/index.js';

export interface WorkerHandle {
  sessions: SessionManager;
  /** Stops taking jobs; running ones are aborted and handed back to the queue for another process. */
  close(): Promise<void>;
}

/**
 * `video-agent worker`: the session runner of src/server/create-server.ts without HTTP (the SessionManager is
 * wired as there; keep the two in step). It takes session jobs
 * (plan, revise, render) from the shared queue and resumes sessions left active, so any number of API processes
 * and workers can share one PostgreSQL database and one bucket.
 *
 * It needs DATABASE_URL (a worker on SQLite and the in-process queue would only see its own jobs). Signing
 * secrets are read from DATA_DIR like the API's: give every process the same `link-secret` and
 * `webhook-secret` files so webhook payload links and signatures verify everywhere. Scratch files of renders
 * go to a folder of this process only, so workers sharing DATA_DIR on one machine never clear each other's.
 */
export async function runWorker(config: Config, logger: Logger): Promise<WorkerHandle> {
  if (!config.databaseUrl) {
    throw new Error('The worker needs DATABASE_URL: without PostgreSQL it would not see the jobs of other processes.');
  }
  const linkSecret = (await loadOrCreateSecret(join(config.dataDir, 'link-secret'))).value;
  const webhookSecret = (await loadOrCreateSecret(join(config.dataDir, 'webhook-secret'))).value;
  const scratch = await mkdtemp(join(tmpdir(), 'ova-worker-'));

  const { store, blobs } = await createStorage(config);
  const tts = new EspeakTtsEngine();
  const ffmpegPath = resolveFfmpegPath(config.ffmpegPath);
  const queue = createQueue({
    onError: (error, job) => logger.error({ err: error, job_id: job.id }, 'job failed'),
    databaseUrl: config.databaseUrl,
    databaseSchema: config.databaseSchema,
  });
  const links = createMediaLinks(linkSecret, config.publicUrl, config.mediaLinkTtlSec);
  const outbound = createOutboundGuard({ allowPrivateUrls: config.allowPrivateUrls, outboundAllowlist: config.outboundAllowlist });
  setDefaultOutboundGuard(outbound);
  // No retry loop here (webhooks.start()): the API processes run it; a worker sends its own events once at once.
  const webhooks = new WebhookDispatcher({
    fetch: outbound.fetch,
    store,
    secretFor: (owner) => callbackSecretFor(webhookSecret, owner),
    onEvent: (event) => logger.info({ webhook: event }, 'webhook'),
  });
  const sessions = new SessionManager({
    store,
    blobs,
    queue,
    // The same planner choice as the API (LLM_* / OPENAI_* / ANTHROPIC_*, else the built-in one).
    planner: createPlanner(config.llm),
    tts,
    renderer: {
      renderVideo: (storyboard, options) => renderVideo(storyboard, { ...options, tts, ffmpegPath }),
      renderSceneImage: (storyboard, index, options) => renderSceneImage(storyboard, index, options),
    },
    webhooks,
    logger,
    linkFor: (key) => links.sign(key),
    styleIds: listStyles().map((style) => style.style_id),
    avatarIds: listAvatarLooks().map((look) => look.id),
    dataDir: scratch,
    agentTimeoutSec: config.agentTimeoutSec,
    renderTimeoutSec: config.renderTimeoutSec,
    maxActiveJobsPerKey: config.maxActiveJobsPerKey,
    maxUploadBytes: config.maxUploadBytes,
    brandKits: new BlobBrandKitStore(blobs),
  });
  try {
    await sessions.start();
  } catch (error) {
    await queue.close({ abort: true }).catch(() => undefined);
    await tts.close().catch(() => undefined);
    await store.close().catch(() => undefined);
    throw error;
  }
  logger.info({ queue: queue.id, store: store.id, blobs: blobs.id }, 'worker is taking jobs');

  return {
    sessions,
    async close() {
      await sessions.close();
      await webhooks.stop();
      if (defaultOutboundGuard() === outbound) setDefaultOutboundGuard(null);
      await outbound.close();
      await tts.close();
      await store.close();
      await rm(scratch, { recursive: true, force: true });
    },
  };
}
