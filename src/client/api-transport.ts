import { VideoAgentError } from './video-agent-error.js';

export interface VideoAgentClientOptions {
  /** e.g. "http://127.0.0.1:3000" (no /v3). */
  baseUrl: string;
  apiKey: string;
  /** A fetch implementation; defaults to the global one. */
  fetch?: typeof fetch;
  /** Retries after a 429, a 5xx or a network failure; default 3. */
  retries?: number;
  /** First backoff delay in ms (doubled each retry, with jitter) when there is no Retry-After; default 500. */
  retryBaseDelayMs?: number;
  /** The longest wait between retries, even if Retry-After asks for more; default 60 000. */
  maxRetryDelayMs?: number;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Overrides the automatic Idempotency-Key of a POST. */
  idempotencyKey?: string;
}

export type Query = Record<string, string | number | boolean | undefined>;

/** What one API call takes besides its method and path. */
export type CallOptions = RequestOptions & { body?: unknown; form?: FormData; query?: Query };

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortReason(signal));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal!));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/** Retry-After as seconds: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, (at - now) / 1000);
}

function newIdempotencyKey(): string {
  const random = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return `sdk-${random}`;
}

/**
 * The HTTP side of the client: the key and Accept headers, JSON bodies, an Idempotency-Key on every POST (the
 * same across its retries), retries after 429/5xx/network failures, and API errors as VideoAgentError.
 */
export class ApiTransport {
  readonly baseUrl: string;
  private readonly apiKey: string;
  readonly fetchImpl: typeof fetch;
  private readonly retries: number;
  private readonly retryBaseDelayMs: number;
  private readonly maxRetryDelayMs: number;

  constructor(options: VideoAgentClientOptions) {
    if (!options.baseUrl) throw new TypeError('VideoAgentClient needs a baseUrl');
    if (!options.apiKey) throw new TypeError('VideoAgentClient needs an apiKey');
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.apiKey = options.apiKey;
    // Bound, so a browser's window.fetch is not called with the client as `this`.
    this.fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.retries = options.retries ?? 3;
    this.retryBaseDelayMs = options.retryBaseDelayMs ?? 500;
    this.maxRetryDelayMs = options.maxRetryDelayMs ?? 60_000;
  }

  /** A fetch outside the API (signed media and upload URLs: no key), with the same retries and errors. */
  async fetchUrl(url: string, init: RequestInit & { signal?: AbortSignal | undefined }): Promise<Response> {
    const response = await this.withRetries(() => this.fetchImpl(url, init), init.signal ?? undefined);
    if (!response.ok) throw await errorFrom(response);
    return response;
  }

  async data<T>(method: string, path: string, options: CallOptions = {}): Promise<T> {
    const body = await this.json<{ data: T }>(method, path, options);
    return body.data;
  }

  async json<T>(method: string, path: string, options: CallOptions = {}): Promise<T> {
    const response = await this.send(method, path, options);
    const text = await response.text();
    try {
      return JSON.parse(text) as T;
    } catch (error) {
      throw new VideoAgentError('invalid_response', `Expected JSON from ${method} ${path}, got: ${text.slice(0, 120)}`, {
        status: response.status,
        requestId: response.headers.get('x-request-id') ?? undefined,
        cause: error,
      });
    }
  }

  /** One API call with retries; resolves with a 2xx response, throws VideoAgentError otherwise. */
  async send(
    method: string,
    path: string,
    options: RequestOptions & { body?: unknown; form?: FormData; query?: Query; accept?: string } = {},
  ): Promise<Response> {
    const url = new URL(this.baseUrl + path);
    for (const [name, value] of Object.entries(options.query ?? {})) if (value !== undefined) url.searchParams.set(name, String(value));
    const headers: Record<string, string> = { 'x-api-key': this.apiKey, accept: options.accept ?? 'application/json' };
    let body: BodyInit | undefined;
    if (options.form) body = options.form;
    else if (options.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    // One key for the request and all its retries: a retried create never makes two sessions.
    if (method === 'POST') headers['idempotency-key'] = options.idempotencyKey ?? newIdempotencyKey();
    const response = await this.withRetries(() => this.fetchImpl(url, { method, headers, body, signal: options.signal }), options.signal);
    if (!response.ok) throw await errorFrom(response);
    return response;
  }

  /** Runs `attempt` again after 429, 5xx and network failures, waiting Retry-After or an exponential backoff. */
  async withRetries(attempt: () => Promise<Response>, signal: AbortSignal | undefined): Promise<Response> {
    for (let retry = 0; ; retry++) {
      let response: Response;
      try {
        response = await attempt();
      } catch (error) {
        if (signal?.aborted) throw error;
        if (retry >= this.retries) {
          throw new VideoAgentError('network_error', `Could not reach ${this.baseUrl}: ${networkReason(error)}`, { cause: error });
        }
        await sleep(this.backoff(retry), signal);
        continue;
      }
      const retryable = response.status === 429 || response.status >= 500;
      if (!retryable || retry >= this.retries) return response;
      const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
      await response.body?.cancel().catch(() => undefined);
      await sleep(retryAfter === undefined ? this.backoff(retry) : Math.min(retryAfter * 1000, this.maxRetryDelayMs), signal);
    }
  }

  private backoff(retry: number): number {
    const base = this.retryBaseDelayMs * 2 ** retry;
    return Math.min(this.maxRetryDelayMs, base / 2 + Math.random() * (base / 2));
  }
}

/** fetch's "fetch failed" with the reason undici keeps in `cause` (ECONNREFUSED, bad port, …). */
function networkReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  const detail = typeof cause?.code === 'string' ? cause.code : typeof cause?.message === 'string' ? cause.message : undefined;
  return detail ? `${error.message} (${detail})` : error.message;
}

/** The API's error envelope as a VideoAgentError (or `invalid_response` when the body is something else). */
async function errorFrom(response: Response): Promise<VideoAgentError> {
  const requestId = response.headers.get('x-request-id') ?? undefined;
  const retryAfterSec = parseRetryAfter(response.headers.get('retry-after'));
  const text = await response.text().catch(() => '');
  let envelope: { error?: { code?: unknown; message?: unknown; param?: unknown } } | undefined;
  try {
    envelope = JSON.parse(text) as typeof envelope;
  } catch {
    envelope = undefined;
  }
  const error = envelope?.error;
  if (error && typeof error.code === 'string') {
    return new VideoAgentError(error.code, typeof error.message === 'string' ? error.message : error.code, {
      status: response.status,
      ...(typeof error.param === 'string' ? { param: error.param } : {}),
      ...(requestId === undefined ? {} : { requestId }),
      ...(retryAfterSec === undefined ? {} : { retryAfterSec }),
    });
  }
  return new VideoAgentError(response.status >= 500 ? 'internal_error' : 'invalid_response', `HTTP ${response.status}: ${text.slice(0, 200) || response.statusText}`, {
    status: response.status,
    ...(requestId === undefined ? {} : { requestId }),
    ...(retryAfterSec === undefined ? {} : { retryAfterSec }),
  });
}
