import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { buildApp } from '../api/index.js';
import { loadOrCreateSecret, type Config } from '../config/index.js';
import type { EventBus } from '../events/index.js';
import type { SessionManager } from '../sessions/index.js';
import type { Store } from '../store/index.js';
import { studioRoutes } from '../studio/index.js';
import { createSessionRuntime } from './create-session-runtime.js';
import type { ServerAdapters } from './server-adapters.js';
import type { ModelManager } from '../models/index.js';

export interface Server {
  app: FastifyInstance;
  config: Config;
  sessions: SessionManager;
  store: Store;
  events: EventBus;
  /** Pulled models (neural voices) in MODELS_DIR. */
  models: ModelManager;
  /** The API keys in force (from API_KEYS, or the one generated at first start). */
  apiKeys: string[];
  generatedKey: string | null;
  close(): Promise<void>;
}

/**
 * The composition root of the API process: the session runtime behind the HTTP edge and the studio. `adapters`
 * replaces any of the runtime's adapters (store, blobs, queue, event bus, planner, TTS, renderer); the rest are
 * built from `config`.
 */
export async function createServer(config: Config, logger: Logger, adapters: Partial<ServerAdapters> = {}): Promise<Server> {
  let generatedKey: string | null = null;
  let apiKeys = config.apiKeys;
  if (apiKeys.length === 0) {
    const key = await loadOrCreateSecret(join(config.dataDir, 'api-key'), () => `ova_${randomKey()}`);
    apiKeys = [key.value];
    if (key.created) generatedKey = key.value;
  }
  const effective: Config = { ...config, apiKeys };

  const runtime = await createSessionRuntime(config, logger, config.dataDir, adapters);
  const { store, blobs, tts, sessions, webhooks } = runtime;
  const app = await buildApp({
    config: effective,
    logger,
    store,
    blobs,
    tts,
    sessions,
    linkSecret: runtime.linkSecret,
    callbackSecretFor: runtime.callbackSecretFor,
    visuals: runtime.visuals,
    models: runtime.models,
    planner: runtime.plannerStatus,
  });
  // The web studio at `/`: static files, no key; the page sends the key on its /v3 calls.
  await app.register(studioRoutes);
  await sessions.start();
  // Webhook retries run in API processes; workers send each event once, at once.
  webhooks.start();

  return {
    app,
    models: runtime.models,
    config: effective,
    sessions,
    store,
    events: runtime.events,
    apiKeys,
    generatedKey,
    async close() {
      await app.close();
      await runtime.close();
    },
  };
}

function randomKey(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}
