import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions } from 'fastify';
import pino from 'pino';
import { buildApp, type AppDeps } from '../../src/api/index.js';
import { loadConfig, type Config } from '../../src/config/index.js';
import type { TtsEngine } from '../../src/media/tts/index.js';
import type { SessionService } from '../../src/sessions/index.js';
import { createStorage } from '../../src/store/index.js';
import { callbackSecretFor } from '../../src/webhooks/index.js';

export const KEY_A = 'api-test-key-a';
export const KEY_B = 'api-test-key-b';
export const LINK_SECRET = 'test-link-secret-0123456789abcdef';

/** The session routes are not exercised here: any call to the service is a test bug. */
export const throwingSessions: SessionService = new Proxy({} as SessionService, {
  get: (_target, name) => () => {
    throw new Error(`SessionService.${String(name)} is not used by these tests`);
  },
});

export interface Harness {
  app: FastifyInstance;
  deps: AppDeps;
  dataDir: string;
  /** Inject with key A unless `headers` says otherwise; JSON bodies are sent as JSON. */
  call(method: InjectOptions['method'], url: string, body?: unknown, headers?: Record<string, string>): Promise<Awaited<ReturnType<FastifyInstance['inject']>>>;
  close(): Promise<void>;
}

/** A real app: SQLite store and local blobs in a temp DATA_DIR; `tts` defaults to one that throws. */
export async function startHarness(
  options: {
    tts?: TtsEngine;
    config?: Partial<Config>;
    extend?: (app: FastifyInstance) => void;
    /** A session service over the harness's store and blobs (started here, closed with the harness). */
    sessions?: SessionService | ((deps: Omit<AppDeps, 'sessions'>) => SessionService);
  } = {},
): Promise<Harness> {
  const dataDir = await mkdtemp(join(tmpdir(), 'ova-api-'));
  const config: Config = { ...loadConfig({ DATA_DIR: dataDir, API_KEYS: `${KEY_A},${KEY_B}`, PUBLIC_URL: 'http://ova.test' }), ...options.config };
  const { store, blobs } = await createStorage(config);
  await store.migrate();
  const tts =
    options.tts ??
    new Proxy({} as TtsEngine, {
      get: (_target, name) => () => {
        throw new Error(`TtsEngine.${String(name)} is not used by this test`);
      },
    });
  const base: Omit<AppDeps, 'sessions'> = { config, logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }), store, blobs, tts, linkSecret: LINK_SECRET, callbackSecretFor: (owner) => callbackSecretFor('test-webhook-secret', owner) };
  // A factory's service is the harness's to start and close; a service passed in is the test's own.
  const owned = typeof options.sessions === 'function' ? options.sessions(base) : undefined;
  const sessions = owned ?? (options.sessions as SessionService | undefined);
  await owned?.start();
  const deps: AppDeps = { ...base, sessions: sessions ?? throwingSessions };
  const app = await buildApp(deps);
  options.extend?.(app);
  await app.ready();
  return {
    app,
    deps,
    dataDir,
    call(method, url, body, headers = {}) {
      const json = body !== undefined && typeof body !== 'string' && !Buffer.isBuffer(body);
      return app.inject({
        method,
        url,
        headers: { 'x-api-key': KEY_A, ...(json ? { 'content-type': 'application/json' } : {}), ...headers },
        ...(body === undefined ? {} : { payload: json ? JSON.stringify(body) : (body as string | Buffer) }),
      });
    },
    async close() {
      await owned?.close();
      await app.close();
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A multipart/form-data body with one file part. */
export function multipartBody(field: string, filename: string, contentType: string, bytes: Buffer): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----ova${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, bytes, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** A tiny valid PNG (1×1). */
export const tinyPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
