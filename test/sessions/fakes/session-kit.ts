import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { InProcessEventBus, type SessionEvent } from '../../../src/events/index.js';
import type { Queue } from '../../../src/jobs/index.js';
import type { Synthesis, TtsEngine, Voice } from '../../../src/media/tts/index.js';
import { SessionManager, type CreateSessionInput, type SessionManagerOptions, type SessionNotifier } from '../../../src/sessions/index.js';
import type { SessionContext } from '../../../src/sessions/session-context.js';
import { createSessionContext } from '../../../src/sessions/session-manager.js';
import { FixedPlanner } from './fixed-planner.js';
import { ManualQueue } from './manual-queue.js';
import { MemoryBlobs } from './memory-blobs.js';
import { MemoryStore } from './memory-store.js';
import { TinyRenderer } from './tiny-renderer.js';

export const OWNER = 'key-a';

const voices: Voice[] = [
  { voice_id: 'v-en', name: 'Ava', language: 'en-us', gender: 'female', engine: 'fake' },
  { voice_id: 'v-en-m', name: 'Max', language: 'en-us', gender: 'male', engine: 'fake' },
];

/** A TTS that speaks nothing: 0.3 s a word, for planners that measure narration. */
export const silentTts: TtsEngine = {
  id: 'silent',
  voices: async () => voices,
  synthesize: async (text: string): Promise<Synthesis> => ({ samples: new Int16Array(0), sampleRate: 22050, duration: text.split(/\s+/).length * 0.3, words: [], phonemes: [] }),
  close: async () => undefined,
};

export type Notification = Parameters<SessionNotifier['notify']>[0];

export interface SessionKit {
  store: MemoryStore;
  blobs: MemoryBlobs;
  planner: FixedPlanner;
  renderer: TinyRenderer;
  queue: ManualQueue;
  notifications: Notification[];
  events: SessionEvent[];
  options: SessionManagerOptions;
  /** The handlers' context over the fakes. */
  ctx: SessionContext;
  /** The service over the same fakes, started (its jobs run when the test drains the queue). */
  manager: SessionManager;
  create(input?: Partial<CreateSessionInput>): Promise<string>;
  message(sessionId: string, message: string): Promise<{ run_id: string }>;
  status(sessionId: string): Promise<string | undefined>;
  /** Newest first, as the API lists them. */
  messages(sessionId: string): Promise<{ role: string; type: string; content: string; resource_ids: string[] | null }[]>;
  close(): Promise<void>;
}

/** Everything a session handler needs, in memory: runs in milliseconds, no eSpeak, no ffmpeg. */
export async function sessionKit(overrides: Partial<SessionManagerOptions> & { queue?: Queue } = {}): Promise<SessionKit> {
  const dir = await mkdtemp(join(tmpdir(), 'ova-sessions-'));
  const store = new MemoryStore();
  const blobs = new MemoryBlobs(dir);
  const planner = new FixedPlanner();
  const renderer = new TinyRenderer();
  const queue = new ManualQueue();
  const notifications: Notification[] = [];
  const bus = new InProcessEventBus();
  const events: SessionEvent[] = [];
  bus.subscribe('*', (event) => events.push(event));
  const options: SessionManagerOptions = {
    store: store.asStore(),
    blobs,
    queue,
    planner,
    tts: silentTts,
    renderer,
    webhooks: { notify: async (event) => void notifications.push(event) },
    events: bus,
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    linkFor: (key) => `https://media.test/${key}`,
    styleIds: ['clean'],
    avatarIds: ['amy'],
    dataDir: dir,
    agentTimeoutSec: 60,
    renderTimeoutSec: 60,
    maxActiveJobsPerKey: 3,
    maxUploadBytes: 1_000_000,
    ...overrides,
  };
  const manager = new SessionManager(options);
  await manager.start();
  const input = (extra: Partial<CreateSessionInput>): CreateSessionInput => ({
    prompt: 'A short video about why bees matter',
    mode: 'chat',
    avatar_id: null,
    voice_id: null,
    style_id: null,
    brand_kit_id: null,
    orientation: null,
    duration_sec: null,
    files: [],
    auto_proceed: false,
    skip_agentic_stop: false,
    incognito_mode: false,
    callback_url: null,
    callback_id: null,
    ...extra,
  });
  return {
    store,
    blobs,
    planner,
    renderer,
    queue,
    notifications,
    events,
    options,
    ctx: createSessionContext(options),
    manager,
    create: async (extra = {}) => (await manager.create(OWNER, input(extra))).id,
    message: async (sessionId, message) =>
      manager.sendMessage(OWNER, sessionId, { message, avatar_id: null, voice_id: null, brand_kit_id: null, files: [], auto_proceed: false }),
    status: async (sessionId) => (await store.getSession(sessionId))?.status,
    messages: async (sessionId) => (await store.listMessages(sessionId, 100)).map(({ role, type, content, resource_ids }) => ({ role, type, content, resource_ids })),
    close: async () => {
      await manager.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
