/**
 * API load benchmark: a real server (SQLite, the built-in planner) listening on loopback, holding a few chat
 * sessions paused at review, loaded with autocannon (in a worker thread, so the load generator does not share
 * the server's event loop) on:
 *   - GET /health                       the framework's ceiling on this machine (no auth, no store),
 *   - GET /v3/video-agents/{id}         one session (auth, store read, messages, view),
 *   - GET /v3/video-agents?limit=20     the list.
 * Target: GET session ≥ 2,000 req/s with p99 ≤ 20 ms. Ratios to /health are measured in the same run.
 * Then the delay from a store write to its SSE frame (bench/sse-delay.ts), for the in-process event bus and, when
 * BENCH_DATABASE_URL or TEST_DATABASE_URL names a PostgreSQL, for the LISTEN/NOTIFY bus. Target: p99 < 500 ms.
 *
 *   npm run bench:api                       10 s per route, 10 connections, 200 SSE samples per bus
 *   npm run bench:api -- --duration 5 --connections 20 --sessions 20 --sse-samples 500
 *
 * The last line printed is one JSON object.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import pino from 'pino';
import { loadConfig, type Config } from '../src/config/index.js';
import { createServer } from '../src/server/index.js';
import { measureSseDelay, startPostgresTarget, type SseDelay } from './sse-delay.js';

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

const duration = flag('duration', 10);
const connections = flag('connections', 10);
const sessionCount = flag('sessions', 10);
const sseSamples = flag('sse-samples', 200);
const KEY = 'bench-key-0123456789';

interface Measured {
  route: string;
  requests_per_sec: number;
  p50_ms: number;
  p99_ms: number;
  errors: number;
  non_2xx: number;
}

async function load(route: string, url: string): Promise<Measured> {
  const result = await autocannon({ url, connections, duration, workers: 1, headers: { 'x-api-key': KEY } });
  const measured = {
    route,
    requests_per_sec: Math.round(result.requests.average),
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non_2xx: result.non2xx,
  };
  console.log(`${route.padEnd(34)} ${String(measured.requests_per_sec).padStart(7)} req/s   p50 ${measured.p50_ms} ms   p99 ${measured.p99_ms} ms   errors ${measured.errors}   non-2xx ${measured.non_2xx}`);
  return measured;
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'ova-bench-api-'));
  // Request logging off (LOG_LEVEL=info turns it back on): what is measured is the API, not the log sink.
  const config = { ...loadConfig({ DATA_DIR: dataDir, API_KEYS: KEY, PORT: '0', HOST: '127.0.0.1' }), maxActiveJobsPerKey: sessionCount + 1 };
  const server = await createServer(config, pino({ level: process.env.LOG_LEVEL ?? 'warn' }));
  try {
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;

    const ids: string[] = [];
    for (let i = 0; i < sessionCount; i++) ids.push(await createReviewedSession(base, i));
    console.log(`server on ${base}, ${ids.length} sessions at review; ${duration} s per route, ${connections} connections`);

    const health = await load('GET /health', `${base}/health`);
    const session = await load('GET /v3/video-agents/{id}', `${base}/v3/video-agents/${ids[0]}`);
    const list = await load('GET /v3/video-agents?limit=20', `${base}/v3/video-agents?limit=20`);

    const sseDelay = await measureSseDelays(config, base, ids[0]!, { store: server.store, events: server.events });

    const target = { requests_per_sec: 2000, p99_ms: 20 };
    const meets = session.requests_per_sec >= target.requests_per_sec && session.p99_ms <= target.p99_ms && session.errors === 0 && session.non_2xx === 0;
    console.log(`GET session: ${meets ? 'meets' : 'MISSES'} the target (≥ ${target.requests_per_sec} req/s, p99 ≤ ${target.p99_ms} ms)`);
    console.log(
      JSON.stringify({
        bench: 'api',
        duration_s: duration,
        connections,
        sessions: ids.length,
        health,
        get_session: session,
        list_sessions: list,
        get_session_vs_health: Number((session.requests_per_sec / health.requests_per_sec).toFixed(3)),
        list_vs_health: Number((list.requests_per_sec / health.requests_per_sec).toFixed(3)),
        target,
        meets_target: meets,
        sse_delay: sseDelay,
        sse_delay_target_p99_ms: SSE_TARGET_P99_MS,
      }),
    );
  } finally {
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

const SSE_TARGET_P99_MS = 500;

/** A chat session, waited on until it has paused for review (no agent work runs while we measure). */
async function createReviewedSession(base: string, i: number): Promise<string> {
  const headers = { 'x-api-key': KEY, 'content-type': 'application/json' };
  const response = await fetch(`${base}/v3/video-agents`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ prompt: `A one-minute explainer about topic number ${i}: why the sky is blue`, mode: 'chat' }),
  });
  if (!response.ok) throw new Error(`creating session ${i}: ${response.status} ${await response.text()}`);
  const id = ((await response.json()) as { data: { session_id: string } }).data.session_id;
  for (;;) {
    const status = ((await (await fetch(`${base}/v3/video-agents/${id}`, { headers })).json()) as { data: { status: string } }).data.status;
    if (status !== 'thinking') return id;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Store write → SSE frame on this server's in-process bus, then on a PostgreSQL server with a publisher of its own. */
async function measureSseDelays(config: Config, base: string, sessionId: string, publisher: Parameters<typeof measureSseDelay>[2]): Promise<SseDelay[]> {
  const report = (delay: SseDelay) => {
    console.log(`SSE delay, ${delay.bus} bus`.padEnd(34) + ` p50 ${delay.p50_ms} ms   p99 ${delay.p99_ms} ms   max ${delay.max_ms} ms   (${delay.samples} writes; target p99 < ${SSE_TARGET_P99_MS} ms: ${delay.p99_ms < SSE_TARGET_P99_MS ? 'meets' : 'MISSES'})`);
    return delay;
  };
  const delays = [report(await measureSseDelay('in-process', { base, key: KEY, sessionId }, publisher, sseSamples))];
  const databaseUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || null;
  if (databaseUrl === null) {
    console.log('SSE delay, postgres bus: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL to a PostgreSQL URL)');
    return delays;
  }
  const target = await startPostgresTarget(databaseUrl, config, pino({ level: process.env.LOG_LEVEL ?? 'warn' }), (pgBase) => createReviewedSession(pgBase, 0));
  try {
    delays.push(report(await measureSseDelay('postgres', { base: target.base, key: KEY, sessionId: target.sessionId }, target.publisher, sseSamples)));
  } finally {
    await target.close();
  }
  return delays;
}

await main();
