import pino from 'pino';
import { loadConfig } from '../config/index.js';
import { runWorker } from './run-worker.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = pino({ level: config.logLevel });
  const worker = await runWorker(config, logger);
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'worker shutting down');
    // Running jobs are aborted and handed back to the queue; another worker (or this one, restarted) runs them.
    worker.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'worker shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

/**
 * A worker process on the environment's configuration (DATABASE_URL is required): runs jobs until SIGINT/SIGTERM.
 * Started by `video-agent worker` and by `node --import tsx src/worker/main.ts`.
 */
export function startWorkerProcess(): void {
  main().catch((error: unknown) => {
    process.stderr.write(`video-agent worker failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
