import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Config } from '../config/index.js';
import { createSessionRuntime } from '../server/index.js';
import type { SessionManager } from '../sessions/index.js';

export interface WorkerHandle {
  sessions: SessionManager;
  /** Stops taking jobs; running ones are aborted and handed back to the queue for another process. */
  close(): Promise<void>;
}

/**
 * `video-agent worker`: the session runtime of the API server (createSessionRuntime) without HTTP. It takes session jobs
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
  const scratch = await mkdtemp(join(tmpdir(), 'ova-worker-'));
  const runtime = await createSessionRuntime(config, logger, scratch);
  const { sessions } = runtime;
  try {
    await sessions.start();
  } catch (error) {
    await runtime.close().catch(() => undefined);
    throw error;
  }
  logger.info({ store: runtime.store.id, blobs: runtime.blobs.id }, 'worker is taking jobs');

  return {
    sessions,
    async close() {
      await runtime.close();
      await rm(scratch, { recursive: true, force: true });
    },
  };
}
