import type { Logger } from 'pino';
import type { Config } from '../config/index.js';
import type { Store, BlobStore } from '../store/index.js';
import type { TtsEngine } from '../media/tts/index.js';
import type { SessionService } from '../sessions/index.js';
import type { ModelManager } from '../models/index.js';
import type { PlannerStatus } from '../agent/index.js';
import type { VisualProviders } from '../visuals/index.js';

/** Everything the HTTP edge needs, built once by src/main.ts (or by a test). */
export interface AppDeps {
  config: Config;
  logger: Logger;
  store: Store;
  blobs: BlobStore;
  tts: TtsEngine;
  sessions: SessionService;
  /** Secret for signing media links (kept in DATA_DIR). */
  linkSecret: string;
  /** The secret that signs a key owner's callback_url webhooks. */
  callbackSecretFor: (owner: string) => string;
  /** Pulled models; without it there are no /v3/models routes. */
  models?: ModelManager;
  /** Which planner plans (shown by GET /health); absent in tests that build the app without one. */
  planner?: PlannerStatus;
  /** Stock and image providers for the picture search (absent or null: the bundled library only). */
  visuals?: VisualProviders | null;
}
