import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** Keys from API_KEYS; empty means "generate one at first start and keep it in DATA_DIR". */
  apiKeys: string[];
  /** Base of media links, e.g. https://video.example.com; defaults to http://HOST:PORT. */
  publicUrl: string;
  ffmpegPath: string | null;
  logLevel: string;
  /** Hard bound on one agent turn (plan or revise), in seconds. */
  agentTimeoutSec: number;
  /** Hard bound on one render, in seconds. */
  renderTimeoutSec: number;
  /** How many renders this process runs at once. */
  renderConcurrency: number;
  /** How many sessions a key may have thinking or generating at once (beyond: 429). */
  maxActiveJobsPerKey: number;
  /** Lifetime of signed media links, in seconds. */
  mediaLinkTtlSec: number;
  maxUploadBytes: number;
}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

/** The one place that reads the environment. Throws a readable error for a bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = intFrom(env, 'PORT', 3000, 0, 65535);
  const host = env.HOST || '127.0.0.1';
  const publicUrl = (env.PUBLIC_URL || `http://${host.includes(':') ? `[${host}]` : host}:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\//.test(publicUrl)) throw new Error(`PUBLIC_URL must start with http:// or https://, got "${publicUrl}"`);
  return {
    port,
    host,
    dataDir: resolve(env.DATA_DIR || './data'),
    apiKeys: (env.API_KEYS ?? '')
      .split(',')
      .map((key) => key.trim())
      .filter(Boolean),
    publicUrl,
    ffmpegPath: env.FFMPEG_PATH || null,
    logLevel: env.LOG_LEVEL || 'info',
    agentTimeoutSec: intFrom(env, 'AGENT_TIMEOUT_SEC', 120, 5, 3600),
    renderTimeoutSec: intFrom(env, 'RENDER_TIMEOUT_SEC', 900, 10, 24 * 3600),
    renderConcurrency: intFrom(env, 'RENDER_CONCURRENCY', 1, 1, 16),
    maxActiveJobsPerKey: intFrom(env, 'MAX_ACTIVE_JOBS_PER_KEY', 4, 1, 1000),
    mediaLinkTtlSec: intFrom(env, 'MEDIA_LINK_TTL_SEC', 7 * 24 * 3600, 60, 365 * 24 * 3600),
    maxUploadBytes: 32 * 1024 * 1024,
  };
}
