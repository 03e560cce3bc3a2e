import { setTimeout as sleep } from 'node:timers/promises';
import { CancelledError, PermanentError } from '../../../errors/index.js';

export interface RetryPolicy {
  /** Bound on one attempt (connect, send and read the whole body), in milliseconds. */
  timeoutMs: number;
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** First back-off delay; doubles each retry (with jitter), capped at `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { timeoutMs: 60_000, maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 8_000 };

export interface CloudResponse {
  status: number;
  headers: Headers;
  body: Buffer;
}

/**
 * One request to a cloud speech API, retried the way such APIs ask: 429, 5xx, timeouts and dropped
 * connections back off and try again (honouring Retry-After); any other 4xx is the request's own fault and
 * fails at once as a PermanentError, so the job is not retried either. An aborted `signal` rejects with
 * CancelledError, also in the middle of a back-off.
 */
export async function fetchWithRetry(
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string },
  options: { signal?: AbortSignal; policy?: Partial<RetryPolicy>; service: string; fetch?: typeof fetch },
): Promise<CloudResponse> {
  const policy = { ...DEFAULT_RETRY_POLICY, ...options.policy };
  const doFetch = options.fetch ?? fetch;
  const { signal, service } = options;
  let lastError: Error = new Error(`${service}: no attempt made`);
  for (let attempt = 1; attempt <= policy.maxAttempts; attempt++) {
    if (signal?.aborted) throw new CancelledError();
    const timeout = AbortSignal.timeout(policy.timeoutMs);
    const attemptSignal = signal ? AbortSignal.any([signal, timeout]) : timeout;
    let retryAfterMs: number | null = null;
    try {
      const response = await doFetch(url, { ...init, signal: attemptSignal });
      const body = Buffer.from(await response.arrayBuffer());
      if (response.ok) return { status: response.status, headers: response.headers, body };
      const detail = errorDetail(body);
      if (response.status !== 429 && response.status < 500) {
        throw new PermanentError(`${service} rejected the request (HTTP ${response.status})${detail}`);
      }
      lastError = new Error(`${service} answered HTTP ${response.status}${detail}`);
      retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
    } catch (error) {
      if (error instanceof PermanentError) throw error;
      if (signal?.aborted) throw new CancelledError();
      lastError = timeout.aborted
        ? new Error(`${service} did not answer within ${policy.timeoutMs} ms`)
        : new Error(`${service} request failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    if (attempt === policy.maxAttempts) break;
    const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1)) * (0.75 + Math.random() * 0.5);
    const delay = Math.min(policy.maxDelayMs, retryAfterMs ?? backoff);
    try {
      await sleep(delay, undefined, { signal });
    } catch {
      throw new CancelledError();
    }
  }
  throw new Error(`${lastError.message} (gave up after ${policy.maxAttempts} attempts)`, { cause: lastError });
}

/** Retry-After as seconds or an HTTP date, in milliseconds; null when absent or unreadable. */
function parseRetryAfter(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : null;
}

/** A short readable reason from an error body (OpenAI: error.message; ElevenLabs: detail.message). */
function errorDetail(body: Buffer): string {
  const text = body.subarray(0, 2048).toString('utf8').trim();
  if (text === '') return '';
  try {
    const json = JSON.parse(text) as { error?: { message?: unknown }; detail?: unknown };
    const detail = json.detail as { message?: unknown } | string | undefined;
    const message = json.error?.message ?? (typeof detail === 'string' ? detail : detail?.message);
    if (typeof message === 'string') return `: ${message.slice(0, 300)}`;
  } catch {
    // Not JSON: fall through to the raw text.
  }
  return `: ${text.slice(0, 300)}`;
}
