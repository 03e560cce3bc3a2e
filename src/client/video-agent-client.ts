import type {
  Asset,
  AvatarGroup,
  AvatarLook,
  AvatarQuery,
  BrandKit,
  CreateBrandKitRequest,
  CreatedSession,
  CreateSessionRequest,
  DirectUpload,
  DirectUploadRequest,
  MessageAcceptedResponse,
  Page,
  PageQuery,
  Resource,
  SendMessageRequest,
  Session,
  SessionEvent,
  SessionStatus,
  SessionSummary,
  Storyboard,
  VisualSearchQuery,
  VisualSearchResult,
  StoryboardVersion,
  Style,
  StyleQuery,
  Video,
  Voice,
  VoiceQuery,
  UpdateWebhookEndpointRequest,
  WebhookDelivery,
  WebhookEndpoint,
  WebhookEndpointWithSecret,
  CreateWebhookEndpointRequest,
} from './client-types.js';
import type { CurrentUser, Speech, SpeechRequest, VoiceDetail, WebhookEventTypeInfo } from './voice-types.js';
import { parseEventStream } from './parse-event-stream.js';
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

export interface WaitForOptions {
  signal?: AbortSignal;
  /** Called with every event: from the SSE stream, or synthesised from polls when the stream is unavailable. */
  onEvent?: (event: SessionEvent) => void;
  /** Give up (a `timeout` error) after this long; default: never. */
  timeoutMs?: number;
  /** Poll interval when SSE is not available; default 1000 ms. */
  pollIntervalMs?: number;
}

type Query = Record<string, string | number | boolean | undefined>;

/** How long `waitFor` waits for the event stream's first event before it polls instead. */
const FIRST_EVENT_TIMEOUT_MS = 10_000;

/** Statuses after which a session does nothing until it is sent a message. */
export const settledStatuses: readonly SessionStatus[] = ['waiting_for_input', 'reviewing', 'completed', 'failed'];

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
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
 * A typed client for the v3 Video Agent API. Runs in Node ≥ 20 and in browsers (fetch, streams, FormData).
 * Every POST carries an Idempotency-Key (the same one across its retries), so retrying one is safe.
 */
export class VideoAgentClient {
  readonly baseUrl: string;
  private readonly apiKey: string;
  private readonly fetchImpl: typeof fetch;
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

  // ── sessions ──────────────────────────────────────────────────────────────

  createSession(body: CreateSessionRequest, options?: RequestOptions): Promise<CreatedSession> {
    return this.data('POST', '/v3/video-agents', { body, ...options });
  }

  listSessions(query: PageQuery = {}, options?: RequestOptions): Promise<Page<SessionSummary>> {
    return this.json('GET', '/v3/video-agents', { query: { ...query }, ...options });
  }

  getSession(sessionId: string, options?: RequestOptions): Promise<Session> {
    return this.data('GET', `/v3/video-agents/${enc(sessionId)}`, options);
  }

  /** Feedback or approval; `auto_proceed: true` approves whatever the message says. */
  sendMessage(sessionId: string, body: SendMessageRequest, options?: RequestOptions): Promise<MessageAcceptedResponse> {
    return this.data('POST', `/v3/video-agents/${enc(sessionId)}`, { body, ...options });
  }

  /** Approves the storyboard under review and starts the render. */
  approve(sessionId: string, options?: RequestOptions): Promise<MessageAcceptedResponse> {
    return this.sendMessage(sessionId, { message: 'Looks good, go ahead.', auto_proceed: true }, options);
  }

  stopSession(sessionId: string, options?: RequestOptions): Promise<{ session_id: string }> {
    return this.data('POST', `/v3/video-agents/${enc(sessionId)}/stop`, { body: {}, ...options });
  }

  listResources(sessionId: string, options?: RequestOptions): Promise<Resource[]> {
    return this.data('GET', `/v3/video-agents/${enc(sessionId)}/resources`, options);
  }

  getResource(sessionId: string, resourceId: string, options?: RequestOptions): Promise<Resource> {
    return this.data('GET', `/v3/video-agents/${enc(sessionId)}/resources/${enc(resourceId)}`, options);
  }

  /**
   * A storyboard version (default: the latest) as the renderer reads it: the `draft` resource's JSON.
   * Resolves with null while the session has none yet.
   */
  async getStoryboard(sessionId: string, version?: number, options: { signal?: AbortSignal } = {}): Promise<StoryboardVersion | null> {
    const drafts = (await this.listResources(sessionId, options)).filter((resource) => resource.resource_type === 'draft' && resource.url !== null);
    const versionOf = (resource: Resource) => Number(resource.metadata.version ?? 0);
    const draft = version === undefined ? drafts.sort((a, b) => versionOf(b) - versionOf(a))[0] : drafts.find((resource) => versionOf(resource) === version);
    if (!draft) return null;
    const storyboard = (await (await this.download(draft.url!, options)).json()) as Storyboard;
    return { resource: draft, storyboard };
  }

  listSessionVideos(sessionId: string, query: PageQuery = {}, options?: RequestOptions): Promise<Page<Video>> {
    return this.json('GET', `/v3/video-agents/${enc(sessionId)}/videos`, { query: { ...query }, ...options });
  }

  /**
   * The session's Server-Sent Events (status, progress, message), starting with its current status.
   * Ends when the server closes the stream or `signal` aborts.
   */
  async *events(sessionId: string, options: { signal?: AbortSignal } = {}): AsyncGenerator<SessionEvent> {
    const response = await this.send('GET', `/v3/video-agents/${enc(sessionId)}/events`, { signal: options.signal, accept: 'text/event-stream' });
    if (!response.body) throw new VideoAgentError('invalid_response', 'The event stream has no body.', { status: response.status });
    for await (const message of parseEventStream(response.body, options.signal)) {
      let data: Record<string, unknown>;
      try {
        data = JSON.parse(message.data) as Record<string, unknown>;
      } catch {
        continue;
      }
      yield { ...data, type: message.event } as SessionEvent;
    }
  }

  /**
   * Resolves with the session once its status is one of `statuses`. Listens to the SSE stream; if the
   * stream cannot be opened or keeps breaking, polls instead. The session is re-read with GET at the end,
   * so the result has its messages.
   */
  async waitFor(sessionId: string, statuses: SessionStatus | readonly SessionStatus[], options: WaitForOptions = {}): Promise<Session> {
    const wanted = new Set<string>(typeof statuses === 'string' ? [statuses] : statuses);
    const controller = new AbortController();
    const onAbort = () => controller.abort(options.signal?.reason);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    if (options.signal?.aborted) controller.abort(options.signal.reason);
    let timedOut = false;
    const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, options.timeoutMs);
    const signal = controller.signal;
    try {
      let sseFailures = 0;
      while (sseFailures < 2) {
        // The server sends the current status at once; a stream silent for long is one a proxy is buffering.
        const attempt = new AbortController();
        const onOuterAbort = () => attempt.abort(signal.reason);
        signal.addEventListener('abort', onOuterAbort, { once: true });
        let firstEvent: ReturnType<typeof setTimeout> | undefined = setTimeout(() => attempt.abort(), FIRST_EVENT_TIMEOUT_MS);
        let events = 0;
        try {
          for await (const event of this.events(sessionId, { signal: attempt.signal })) {
            if (events++ === 0) {
              clearTimeout(firstEvent);
              firstEvent = undefined;
            }
            sseFailures = 0;
            options.onEvent?.(event);
            if (event.type === 'status' && wanted.has(event.status)) return await this.getSession(sessionId, { signal });
          }
          // The server closed the stream (restart, proxy timeout): check, then listen again; an empty one counts as broken.
          if (events === 0) sseFailures += 1;
        } catch (error) {
          if (signal.aborted) throw error;
          // Not-found and auth errors are answers, not a broken stream.
          if (error instanceof VideoAgentError && error.status >= 400 && error.status < 500 && error.status !== 404 && error.status !== 406) throw error;
          if (error instanceof VideoAgentError && error.status === 404) {
            // The session itself may not exist: GET says so with the typed error.
            await this.getSession(sessionId, { signal });
          }
          sseFailures += 1;
        } finally {
          clearTimeout(firstEvent);
          signal.removeEventListener('abort', onOuterAbort);
        }
        const session = await this.getSession(sessionId, { signal });
        if (wanted.has(session.status)) return session;
      }
      return await this.poll(sessionId, wanted, signal, options);
    } catch (error) {
      if (timedOut) {
        throw new VideoAgentError('timeout', `Session ${sessionId} did not reach ${[...wanted].join('/')} within ${options.timeoutMs} ms.`, { cause: error });
      }
      throw error;
    } finally {
      if (timer !== undefined) clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
    }
  }

  private async poll(sessionId: string, wanted: Set<string>, signal: AbortSignal, options: WaitForOptions): Promise<Session> {
    let last = '';
    for (;;) {
      const session = await this.getSession(sessionId, { signal });
      const key = `${session.status}:${session.progress}`;
      if (key !== last) {
        last = key;
        options.onEvent?.({
          type: 'status',
          session_id: session.session_id,
          status: session.status,
          progress: session.progress,
          title: session.title,
          video_id: session.video_id,
        });
      }
      if (wanted.has(session.status)) return session;
      await sleep(options.pollIntervalMs ?? 1000, signal);
    }
  }

  // ── videos ────────────────────────────────────────────────────────────────

  listVideos(query: PageQuery = {}, options?: RequestOptions): Promise<Page<Video>> {
    return this.json('GET', '/v3/videos', { query: { ...query }, ...options });
  }

  getVideo(videoId: string, options?: RequestOptions): Promise<Video> {
    return this.data('GET', `/v3/videos/${enc(videoId)}`, options);
  }

  deleteVideo(videoId: string, options?: RequestOptions): Promise<{ id: string; deleted: boolean }> {
    return this.data('DELETE', `/v3/videos/${enc(videoId)}`, options);
  }

  /** Fetches a signed media URL (video_url, subtitle_url, …): the link is the authorisation, no key is sent. */
  async download(url: string, options: { signal?: AbortSignal } = {}): Promise<Response> {
    const response = await this.withRetries(() => this.fetchImpl(url, { signal: options.signal }), options.signal);
    if (!response.ok) throw await errorFrom(response);
    return response;
  }

  // ── assets ────────────────────────────────────────────────────────────────

  /** Multipart upload (up to the server's limit, 32 MB by default). */
  uploadAsset(file: Blob, filename = 'file', options?: RequestOptions): Promise<Asset> {
    const form = new FormData();
    form.append('file', file, filename);
    return this.data('POST', '/v3/assets', { form, ...options });
  }

  createDirectUpload(body: DirectUploadRequest, options?: RequestOptions): Promise<DirectUpload> {
    return this.data('POST', '/v3/assets/direct-uploads', { body, ...options });
  }

  /** PUTs the bytes of a direct upload to its signed upload_url. */
  async putUpload(upload: Pick<DirectUpload, 'upload_url' | 'upload_headers'>, bytes: Blob | ArrayBuffer | Uint8Array, options: { signal?: AbortSignal } = {}): Promise<void> {
    const response = await this.withRetries(
      () => this.fetchImpl(upload.upload_url, { method: 'PUT', headers: upload.upload_headers, body: bytes as BodyInit, signal: options.signal }),
      options.signal,
    );
    if (!response.ok) throw await errorFrom(response);
    await response.body?.cancel();
  }

  completeDirectUpload(assetId: string, options?: RequestOptions): Promise<Asset> {
    return this.data('POST', `/v3/assets/${enc(assetId)}/complete`, { body: {}, ...options });
  }

  /** The three steps of a direct upload (create, PUT, complete) for a file too large for `uploadAsset`. */
  async uploadAssetDirect(file: Blob, filename: string, options: { signal?: AbortSignal } = {}): Promise<Asset> {
    const upload = await this.createDirectUpload(
      { filename, content_type: file.type || 'application/octet-stream', size_bytes: file.size },
      options,
    );
    await this.putUpload(upload, file, options);
    return this.completeDirectUpload(upload.asset_id, options);
  }

  getAsset(assetId: string, options?: RequestOptions): Promise<Asset> {
    return this.data('GET', `/v3/assets/${enc(assetId)}`, options);
  }

  // ── catalogue ─────────────────────────────────────────────────────────────

  listVoices(query: VoiceQuery = {}, options?: RequestOptions): Promise<Page<Voice>> {
    return this.json('GET', '/v3/voices', { query: { ...query }, ...options });
  }

  getVoice(voiceId: string, options?: RequestOptions): Promise<VoiceDetail> {
    return this.data('GET', `/v3/voices/${enc(voiceId)}`, options);
  }

  /** Speaks a text: a signed link to the audio (MP3 unless `format: "wav"`), its duration and word timestamps. */
  speak(body: SpeechRequest, options?: RequestOptions): Promise<Speech> {
    return this.data('POST', '/v3/voices/speech', { body, ...options });
  }

  /** GET /v3/users/me: the cheapest way to check a key. */
  getCurrentUser(options?: RequestOptions): Promise<CurrentUser> {
    return this.data('GET', '/v3/users/me', options);
  }

  listStyles(query: StyleQuery = {}, options?: RequestOptions): Promise<Page<Style>> {
    return this.json('GET', '/v3/video-agents/styles', { query: { ...query }, ...options });
  }

  /** Pictures for a scene (library, and stock when the server has providers); each hit carries the message that swaps it in. */
  searchVisuals(query: VisualSearchQuery, options?: RequestOptions): Promise<VisualSearchResult> {
    return this.data('GET', '/v3/visuals/search', { query: { ...query }, ...options });
  }

  listAvatars(query: PageQuery = {}, options?: RequestOptions): Promise<Page<AvatarGroup>> {
    return this.json('GET', '/v3/avatars', { query: { ...query }, ...options });
  }

  listAvatarLooks(query: AvatarQuery = {}, options?: RequestOptions): Promise<Page<AvatarLook>> {
    return this.json('GET', '/v3/avatars/looks', { query: { ...query }, ...options });
  }

  /** Every item of a list, page after page. */
  async *paginate<T, Q extends PageQuery>(list: (query: Q) => Promise<Page<T>>, query: Q = {} as Q): AsyncGenerator<T> {
    let token: string | undefined = query.token;
    for (;;) {
      const page = await list({ ...query, ...(token === undefined ? {} : { token }) });
      yield* page.data;
      if (!page.has_more || page.next_token === null) return;
      token = page.next_token;
    }
  }

  // ── brand kits (ours) ─────────────────────────────────────────────────────

  createBrandKit(body: CreateBrandKitRequest, options?: RequestOptions): Promise<BrandKit> {
    return this.data('POST', '/v3/brand-kits', { body, ...options });
  }

  listBrandKits(query: PageQuery = {}, options?: RequestOptions): Promise<Page<BrandKit>> {
    return this.json('GET', '/v3/brand-kits', { query: { ...query }, ...options });
  }

  getBrandKit(brandKitId: string, options?: RequestOptions): Promise<BrandKit> {
    return this.data('GET', `/v3/brand-kits/${enc(brandKitId)}`, options);
  }

  deleteBrandKit(brandKitId: string, options?: RequestOptions): Promise<{ brand_kit_id: string; deleted: boolean }> {
    return this.data('DELETE', `/v3/brand-kits/${enc(brandKitId)}`, options);
  }

  // ── webhooks ──────────────────────────────────────────────────────────────

  /** Registers an endpoint; the response's `secret` is shown only here and on rotation. */
  createWebhookEndpoint(body: CreateWebhookEndpointRequest, options?: RequestOptions): Promise<WebhookEndpointWithSecret> {
    return this.data('POST', '/v3/webhooks/endpoints', { body, ...options });
  }

  listWebhookEndpoints(query: PageQuery = {}, options?: RequestOptions): Promise<Page<WebhookEndpoint>> {
    return this.json('GET', '/v3/webhooks/endpoints', { query: { ...query }, ...options });
  }

  updateWebhookEndpoint(endpointId: string, body: UpdateWebhookEndpointRequest, options?: RequestOptions): Promise<WebhookEndpoint> {
    return this.data('PATCH', `/v3/webhooks/endpoints/${enc(endpointId)}`, { body, ...options });
  }

  deleteWebhookEndpoint(endpointId: string, options?: RequestOptions): Promise<{ endpoint_id: string; deleted: boolean }> {
    return this.data('DELETE', `/v3/webhooks/endpoints/${enc(endpointId)}`, options);
  }

  rotateWebhookSecret(endpointId: string, options?: RequestOptions): Promise<WebhookEndpointWithSecret> {
    return this.data('POST', `/v3/webhooks/endpoints/${enc(endpointId)}/rotate-secret`, { body: {}, ...options });
  }

  listWebhookEventTypes(options?: RequestOptions): Promise<WebhookEventTypeInfo[]> {
    return this.data('GET', '/v3/webhooks/event-types', options);
  }

  listWebhookEvents(query: PageQuery = {}, options?: RequestOptions): Promise<Page<WebhookDelivery>> {
    return this.json('GET', '/v3/webhooks/events', { query: { ...query }, ...options });
  }

  /** The secret that signs this key's callback_url deliveries. */
  getCallbackSecret(options?: RequestOptions): Promise<{ secret: string }> {
    return this.data('GET', '/v3/webhooks/callback-secret', options);
  }

  // ── transport ─────────────────────────────────────────────────────────────

  /** Liveness (no key needed). */
  health(options?: RequestOptions): Promise<{ status: 'ok' }> {
    return this.json('GET', '/health', options);
  }

  private async data<T>(method: string, path: string, options: Parameters<VideoAgentClient['json']>[2] = {}): Promise<T> {
    const body = await this.json<{ data: T }>(method, path, options);
    return body.data;
  }

  private async json<T>(method: string, path: string, options: RequestOptions & { body?: unknown; form?: FormData; query?: Query } = {}): Promise<T> {
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
  private async send(
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
  private async withRetries(attempt: () => Promise<Response>, signal: AbortSignal | undefined): Promise<Response> {
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

function enc(segment: string): string {
  return encodeURIComponent(segment);
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
