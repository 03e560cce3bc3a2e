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
import { ApiTransport, type RequestOptions, type VideoAgentClientOptions } from './api-transport.js';
import { VideoAgentError } from './video-agent-error.js';
import { waitForSession, type WaitForOptions } from './wait-for-session.js';

export type { RequestOptions, VideoAgentClientOptions } from './api-transport.js';
export { parseRetryAfter } from './api-transport.js';
export { settledStatuses, type WaitForOptions } from './wait-for-session.js';

/**
 * A typed client for the v3 Video Agent API. Runs in Node ≥ 20 and in browsers (fetch, streams, FormData).
 * Every POST carries an Idempotency-Key (the same one across its retries), so retrying one is safe.
 */
export class VideoAgentClient {
  readonly baseUrl: string;
  private readonly http: ApiTransport;

  constructor(options: VideoAgentClientOptions) {
    this.http = new ApiTransport(options);
    this.baseUrl = this.http.baseUrl;
  }

  // ── sessions ──────────────────────────────────────────────────────────────

  createSession(body: CreateSessionRequest, options?: RequestOptions): Promise<CreatedSession> {
    return this.http.data('POST', '/v3/video-agents', { body, ...options });
  }

  listSessions(query: PageQuery = {}, options?: RequestOptions): Promise<Page<SessionSummary>> {
    return this.http.json('GET', '/v3/video-agents', { query: { ...query }, ...options });
  }

  getSession(sessionId: string, options?: RequestOptions): Promise<Session> {
    return this.http.data('GET', `/v3/video-agents/${enc(sessionId)}`, options);
  }

  /** Feedback or approval; `auto_proceed: true` approves whatever the message says. */
  sendMessage(sessionId: string, body: SendMessageRequest, options?: RequestOptions): Promise<MessageAcceptedResponse> {
    return this.http.data('POST', `/v3/video-agents/${enc(sessionId)}`, { body, ...options });
  }

  /** Approves the storyboard under review and starts the render. */
  approve(sessionId: string, options?: RequestOptions): Promise<MessageAcceptedResponse> {
    return this.sendMessage(sessionId, { message: 'Looks good, go ahead.', auto_proceed: true }, options);
  }

  stopSession(sessionId: string, options?: RequestOptions): Promise<{ session_id: string }> {
    return this.http.data('POST', `/v3/video-agents/${enc(sessionId)}/stop`, { body: {}, ...options });
  }

  listResources(sessionId: string, options?: RequestOptions): Promise<Resource[]> {
    return this.http.data('GET', `/v3/video-agents/${enc(sessionId)}/resources`, options);
  }

  getResource(sessionId: string, resourceId: string, options?: RequestOptions): Promise<Resource> {
    return this.http.data('GET', `/v3/video-agents/${enc(sessionId)}/resources/${enc(resourceId)}`, options);
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
    return this.http.json('GET', `/v3/video-agents/${enc(sessionId)}/videos`, { query: { ...query }, ...options });
  }

  /**
   * The session's Server-Sent Events (status, progress, message), starting with its current status.
   * Ends when the server closes the stream or `signal` aborts.
   */
  async *events(sessionId: string, options: { signal?: AbortSignal } = {}): AsyncGenerator<SessionEvent> {
    const response = await this.http.send('GET', `/v3/video-agents/${enc(sessionId)}/events`, { signal: options.signal, accept: 'text/event-stream' });
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
  waitFor(sessionId: string, statuses: SessionStatus | readonly SessionStatus[], options: WaitForOptions = {}): Promise<Session> {
    return waitForSession(this, sessionId, statuses, options);
  }

  // ── videos ────────────────────────────────────────────────────────────────

  listVideos(query: PageQuery = {}, options?: RequestOptions): Promise<Page<Video>> {
    return this.http.json('GET', '/v3/videos', { query: { ...query }, ...options });
  }

  getVideo(videoId: string, options?: RequestOptions): Promise<Video> {
    return this.http.data('GET', `/v3/videos/${enc(videoId)}`, options);
  }

  deleteVideo(videoId: string, options?: RequestOptions): Promise<{ id: string; deleted: boolean }> {
    return this.http.data('DELETE', `/v3/videos/${enc(videoId)}`, options);
  }

  /** Fetches a signed media URL (video_url, subtitle_url, …): the link is the authorisation, no key is sent. */
  async download(url: string, options: { signal?: AbortSignal } = {}): Promise<Response> {
    return this.http.fetchUrl(url, { signal: options.signal });
  }

  // ── assets ────────────────────────────────────────────────────────────────

  /** Multipart upload (up to the server's limit, 32 MB by default). */
  uploadAsset(file: Blob, filename = 'file', options?: RequestOptions): Promise<Asset> {
    const form = new FormData();
    form.append('file', file, filename);
    return this.http.data('POST', '/v3/assets', { form, ...options });
  }

  createDirectUpload(body: DirectUploadRequest, options?: RequestOptions): Promise<DirectUpload> {
    return this.http.data('POST', '/v3/assets/direct-uploads', { body, ...options });
  }

  /** PUTs the bytes of a direct upload to its signed upload_url. */
  async putUpload(upload: Pick<DirectUpload, 'upload_url' | 'upload_headers'>, bytes: Blob | ArrayBuffer | Uint8Array, options: { signal?: AbortSignal } = {}): Promise<void> {
    const response = await this.http.fetchUrl(upload.upload_url, { method: 'PUT', headers: upload.upload_headers, body: bytes as BodyInit, signal: options.signal });
    await response.body?.cancel();
  }

  completeDirectUpload(assetId: string, options?: RequestOptions): Promise<Asset> {
    return this.http.data('POST', `/v3/assets/${enc(assetId)}/complete`, { body: {}, ...options });
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
    return this.http.data('GET', `/v3/assets/${enc(assetId)}`, options);
  }

  // ── catalogue ─────────────────────────────────────────────────────────────

  listVoices(query: VoiceQuery = {}, options?: RequestOptions): Promise<Page<Voice>> {
    return this.http.json('GET', '/v3/voices', { query: { ...query }, ...options });
  }

  getVoice(voiceId: string, options?: RequestOptions): Promise<VoiceDetail> {
    return this.http.data('GET', `/v3/voices/${enc(voiceId)}`, options);
  }

  /** Speaks a text: a signed link to the audio (MP3 unless `format: "wav"`), its duration and word timestamps. */
  speak(body: SpeechRequest, options?: RequestOptions): Promise<Speech> {
    return this.http.data('POST', '/v3/voices/speech', { body, ...options });
  }

  /** GET /v3/users/me: the cheapest way to check a key. */
  getCurrentUser(options?: RequestOptions): Promise<CurrentUser> {
    return this.http.data('GET', '/v3/users/me', options);
  }

  listStyles(query: StyleQuery = {}, options?: RequestOptions): Promise<Page<Style>> {
    return this.http.json('GET', '/v3/video-agents/styles', { query: { ...query }, ...options });
  }

  /** Pictures for a scene (library, and stock when the server has providers); each hit carries the message that swaps it in. */
  searchVisuals(query: VisualSearchQuery, options?: RequestOptions): Promise<VisualSearchResult> {
    return this.http.data('GET', '/v3/visuals/search', { query: { ...query }, ...options });
  }

  listAvatars(query: PageQuery = {}, options?: RequestOptions): Promise<Page<AvatarGroup>> {
    return this.http.json('GET', '/v3/avatars', { query: { ...query }, ...options });
  }

  listAvatarLooks(query: AvatarQuery = {}, options?: RequestOptions): Promise<Page<AvatarLook>> {
    return this.http.json('GET', '/v3/avatars/looks', { query: { ...query }, ...options });
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
    return this.http.data('POST', '/v3/brand-kits', { body, ...options });
  }

  listBrandKits(query: PageQuery = {}, options?: RequestOptions): Promise<Page<BrandKit>> {
    return this.http.json('GET', '/v3/brand-kits', { query: { ...query }, ...options });
  }

  getBrandKit(brandKitId: string, options?: RequestOptions): Promise<BrandKit> {
    return this.http.data('GET', `/v3/brand-kits/${enc(brandKitId)}`, options);
  }

  deleteBrandKit(brandKitId: string, options?: RequestOptions): Promise<{ brand_kit_id: string; deleted: boolean }> {
    return this.http.data('DELETE', `/v3/brand-kits/${enc(brandKitId)}`, options);
  }

  // ── webhooks ──────────────────────────────────────────────────────────────

  /** Registers an endpoint; the response's `secret` is shown only here and on rotation. */
  createWebhookEndpoint(body: CreateWebhookEndpointRequest, options?: RequestOptions): Promise<WebhookEndpointWithSecret> {
    return this.http.data('POST', '/v3/webhooks/endpoints', { body, ...options });
  }

  listWebhookEndpoints(query: PageQuery = {}, options?: RequestOptions): Promise<Page<WebhookEndpoint>> {
    return this.http.json('GET', '/v3/webhooks/endpoints', { query: { ...query }, ...options });
  }

  updateWebhookEndpoint(endpointId: string, body: UpdateWebhookEndpointRequest, options?: RequestOptions): Promise<WebhookEndpoint> {
    return this.http.data('PATCH', `/v3/webhooks/endpoints/${enc(endpointId)}`, { body, ...options });
  }

  deleteWebhookEndpoint(endpointId: string, options?: RequestOptions): Promise<{ endpoint_id: string; deleted: boolean }> {
    return this.http.data('DELETE', `/v3/webhooks/endpoints/${enc(endpointId)}`, options);
  }

  rotateWebhookSecret(endpointId: string, options?: RequestOptions): Promise<WebhookEndpointWithSecret> {
    return this.http.data('POST', `/v3/webhooks/endpoints/${enc(endpointId)}/rotate-secret`, { body: {}, ...options });
  }

  listWebhookEventTypes(options?: RequestOptions): Promise<WebhookEventTypeInfo[]> {
    return this.http.data('GET', '/v3/webhooks/event-types', options);
  }

  listWebhookEvents(query: PageQuery = {}, options?: RequestOptions): Promise<Page<WebhookDelivery>> {
    return this.http.json('GET', '/v3/webhooks/events', { query: { ...query }, ...options });
  }

  /** The secret that signs this key's callback_url deliveries. */
  getCallbackSecret(options?: RequestOptions): Promise<{ secret: string }> {
    return this.http.data('GET', '/v3/webhooks/callback-secret', options);
  }

  // ── transport ─────────────────────────────────────────────────────────────

  /** Liveness (no key needed). */
  health(options?: RequestOptions): Promise<{ status: 'ok' }> {
    return this.http.json('GET', '/health', options);
  }


}

function enc(segment: string): string {
  return encodeURIComponent(segment);
}
