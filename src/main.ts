import pino from 'pino';
import { loadConfig } from './config/index.js';
import { naturalVoiceHint } from './models/index.js';
import { createServer } from './server/index.js';

/** `npm start`: serve the API and the studio on embedded defaults. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = pino({ level: config.logLevel });
  const server = await createServer(config, logger);
  if (server.generatedKey) {
    process.stdout.write(
      `\nGenerated an API key (kept in ${config.dataDir}/api-key):\n\n  ${server.generatedKey}\n\nSend it as X-Api-Key. Set API_KEYS to choose your own.\n\n`,
    );
  }
  await server.app.listen({ port: config.port, host: config.host });
  logger.info({ url: config.publicUrl }, 'open-video-agent is ready');
  const hint = naturalVoiceHint((await server.models.list()).filter((status) => status.installed && status.model.kind === 'tts').length);
  if (hint) process.stdout.write(`${hint}\n`);

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    // Running sessions stay thinking/generating in the store and resume at the next start.
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`open-video-agent failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
