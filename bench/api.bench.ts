/**
 * API load benchmark: a real server (SQLite, the built-in planner) listening on loopback, holding a few chat
 * sessions paused at review, loaded with autocannon (in a worker thread, so the load generator does not share
 * the server's event loop) on:
 *   - GET /health                       the framework's ceiling on this machine (no auth, no store),
 *   - GET /v3/video-agents/{id}         one session (auth, store read, messages, view),
 *   - GET /v3/video-agents?limit=20     the list.
 * Target: GET session ≥ 2,000 req/s with p99 ≤ 20 ms. Ratios to /health are measured in the same run.
 *
 *   npm run bench:api                       10 s per route, 10 connections
 *   npm run bench:api -- --duration 5 --connections 20 --sessions 20
 *
 * The last line printed is one JSON object.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import pino from 'pino';
import { loadConfig } from '../src/config/index.js';
import { createServer } from '../src/server/index.js';

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

const duration = flag('duration', 10);
const connections = flag('connections', 10);
const sessionCount = flag('sessions', 10);
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
    const headers = { 'x-api-key': KEY, 'content-type': 'application/json' };

    const ids: string[] = [];
    for (let i = 0; i < sessionCount; i++) {
      const response = await fetch(`${base}/v3/video-agents`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ prompt: `A one-minute explainer about topic number ${i}: why the sky is blue`, mode: 'chat' }),
      });
      if (!response.ok) throw new Error(`creating session ${i}: ${response.status} ${await response.text()}`);
      ids.push(((await response.json()) as { data: { session_id: string } }).data.session_id);
    }
    // Wait until every session has paused for review: no agent work runs while we measure.
    for (const id of ids) {
      for (;;) {
        const status = ((await (await fetch(`${base}/v3/video-agents/${id}`, { headers })).json()) as { data: { status: string } }).data.status;
        if (status !== 'thinking') break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    console.log(`server on ${base}, ${ids.length} sessions at review; ${duration} s per route, ${connections} connections`);

    const health = await load('GET /health', `${base}/health`);
    const session = await load('GET /v3/video-agents/{id}', `${base}/v3/video-agents/${ids[0]}`);
    const list = await load('GET /v3/video-agents?limit=20', `${base}/v3/video-agents?limit=20`);

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
      }),
    );
  } finally {
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
