/**
 * Delay from a store write to the SSE frame that tells a client about it, per event bus. A publisher writes a
 * session's progress to the store and publishes its status (as a session run does); an SSE client of the API
 * server times the frame carrying that progress. In-process: the server's own bus and store. PostgreSQL: a
 * second store and bus on the same schema, as a worker process has, so every event crosses LISTEN/NOTIFY and
 * the API's bus reads the title back from the store before the frame is written.
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';
import { parseEventStream } from '../src/client/index.js';
import type { Config } from '../src/config/index.js';
import { PostgresEventBus, statusEventOf, type EventBus } from '../src/events/index.js';
import { createServer, type Server } from '../src/server/index.js';
import { openPostgresStore, type Store } from '../src/store/index.js';

export interface SseDelay {
  bus: 'in-process' | 'postgres';
  samples: number;
  p50_ms: number;
  p99_ms: number;
  max_ms: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const round = (ms: number) => Number(ms.toFixed(2));

/** Times `samples` writes of `sessionId` (one at a time) from the store write to the SSE frame of `base`. */
export async function measureSseDelay(
  bus: SseDelay['bus'],
  target: { base: string; key: string; sessionId: string },
  publisher: { store: Store; events: EventBus },
  samples: number,
): Promise<SseDelay> {
  const controller = new AbortController();
  const response = await fetch(`${target.base}/v3/video-agents/${target.sessionId}/events`, { headers: { 'x-api-key': target.key }, signal: controller.signal });
  if (!response.ok || !response.body) throw new Error(`SSE: HTTP ${response.status}`);
  const frames = parseEventStream(response.body, controller.signal);
  await frames.next(); // the opening status
  const delays: number[] = [];
  try {
    for (let i = 1; i <= samples; i++) {
      // A progress no other frame has marks this sample's frame.
      const progress = 40 + i / 1000;
      const started = performance.now();
      const updated = await publisher.store.updateSession(target.sessionId, { progress });
      publisher.events.publish(statusEventOf(updated!));
      for (;;) {
        const next = await frames.next();
        if (next.done) throw new Error('the SSE stream ended');
        if (next.value.event === 'status' && (JSON.parse(next.value.data) as { progress: number }).progress === progress) break;
      }
      delays.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    controller.abort();
  }
  const sorted = [...delays].sort((a, b) => a - b);
  return { bus, samples, p50_ms: round(percentile(sorted, 50)), p99_ms: round(percentile(sorted, 99)), max_ms: round(sorted.at(-1)!) };
}

/**
 * An API server on a fresh schema of `databaseUrl`, one chat session paused at review, and a publisher of its
 * own (store and bus) as another process would have. `close` drops the schemas.
 */
export async function startPostgresTarget(
  databaseUrl: string,
  config: Config,
  logger: Logger,
  createSession: (base: string) => Promise<string>,
): Promise<{ server: Server; base: string; sessionId: string; publisher: { store: Store; events: EventBus }; close(): Promise<void> }> {
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const server = await createServer({ ...config, dataDir: join(config.dataDir, schema), databaseUrl, databaseSchema: schema }, logger);
  const store = await openPostgresStore(databaseUrl, { schema, maxConnections: 2 });
  const events = new PostgresEventBus({ connectionString: databaseUrl, schema, store });
  await events.listening();
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
  const sessionId = await createSession(base);
  return {
    server,
    base,
    sessionId,
    publisher: { store, events },
    async close() {
      await events.close();
      await store.close();
      await server.close();
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE; DROP SCHEMA IF EXISTS "${schema}_jobs" CASCADE`);
      await client.end();
    },
  };
}
