import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { loadConfig, type Config } from '../../src/config/index.js';
import { createServer, type Server, type ServerAdapters } from '../../src/server/index.js';
import { createFakeRenderer, type FakeRendererOptions } from './fake-renderer.js';
import { FakeTtsEngine } from './fake-tts-engine.js';

export const KEY_A = 'test-key-a';
export const KEY_B = 'test-key-b';

export interface TestServer extends Server {
  dataDir: string;
  /** Inject with key A's credentials and JSON; returns status and parsed body. */
  call(method: 'GET' | 'POST' | 'DELETE' | 'PUT' | 'PATCH', url: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any; headers: Record<string, unknown> }>;
  /** Polls a session until its status is one of `statuses`. */
  waitFor(sessionId: string, statuses: string[], timeoutMs?: number): Promise<any>;
  dispose(): Promise<void>;
}

export interface TestServerOptions {
  /** DATA_DIR to use and keep (default: a temp folder removed by dispose()). */
  dataDir?: string;
  /** Adapters in place of the configured ones, e.g. fakeMedia(). */
  adapters?: Partial<ServerAdapters>;
}

export interface FakeMediaOptions extends FakeRendererOptions {
  /**
   * Measure narration with the real eSpeak (the renderer stays fake), for suites that check what the built-in
   * planner writes: which sentences fit a length depends on the voice's exact timings.
   */
  espeak?: boolean;
}

/**
 * The TTS and renderer fakes (test/support), for tests where the narration and pictures are not what is checked:
 * sessions run through the real store, queue, planner, API and webhooks, and renders write small real files.
 * With OVA_TEST_MEDIA=real it gives nothing, so the same suites run on real media.
 */
export function fakeMedia(options: FakeMediaOptions = {}): Partial<ServerAdapters> {
  // `npm run test:slow` runs the session suites once more with real eSpeak and ffmpeg (vitest.config.ts).
  if (process.env.OVA_TEST_MEDIA === 'real') return {};
  const { espeak, ...renderer } = options;
  return { ...(espeak ? {} : { tts: new FakeTtsEngine() }), renderer: createFakeRenderer(renderer) };
}

/** A real server (SQLite, eSpeak, ffmpeg unless `adapters` replaces them) on a temp DATA_DIR, driven through Fastify's inject. */
export async function startTestServer(overrides: Partial<Config> = {}, options: TestServerOptions = {}): Promise<TestServer> {
  const { dataDir } = options;
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'ova-test-')));
  // The suites' receivers and file servers listen on loopback, which production refuses: opt in here.
  const config: Config = { ...loadConfig({ DATA_DIR: dir, API_KEYS: `${KEY_A},${KEY_B}`, PORT: '3999', ALLOW_PRIVATE_URLS: '1', OLLAMA: '0' }), ...overrides };
  const server = await createServer(config, pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }), options.adapters);
  const call: TestServer['call'] = async (method, url, body, headers = {}) => {
    const response = await server.app.inject({
      method,
      url,
      headers: { 'x-api-key': KEY_A, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      payload: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    let parsed: unknown = response.body;
    try {
      parsed = response.json();
    } catch {
      /* not JSON */
    }
    return { status: response.statusCode, body: parsed, headers: response.headers };
  };
  const waitFor: TestServer['waitFor'] = async (sessionId, statuses, timeoutMs = 150_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { body } = await call('GET', `/v3/video-agents/${sessionId}`);
      if (statuses.includes(body.data?.status)) return body.data;
      if (Date.now() > deadline) throw new Error(`session ${sessionId} is ${body.data?.status}, not ${statuses.join('/')}: ${JSON.stringify(body.data?.messages?.[0])}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  return {
    ...server,
    dataDir: dir,
    call,
    waitFor,
    async dispose() {
      await server.close();
      if (!dataDir) await rm(dir, { recursive: true, force: true });
    },
  };
}
