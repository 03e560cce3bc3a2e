import type {
  AssetRecord,
  IdempotencyRecord,
  MessageRecord,
  Page,
  PageQuery,
  ResourceRecord,
  SessionRecord,
  SessionStatus,
  VideoRecord,
  WebhookDeliveryRecord,
  WebhookEndpointRecord,
} from './records.js';

/**
 * Durable state. Every method is atomic. `owner` scoping is the caller's job except where a method takes
 * it: a lookup that takes `owner` returns null for another owner's row (the API answers 404).
 */
export interface Store {
  readonly id: string;
  /** Creates tables if needed. Idempotent. */
  migrate(): Promise<void>;
  close(): Promise<void>;

  insertSession(session: SessionRecord): Promise<void>;
  getSession(id: string, owner?: string): Promise<SessionRecord | null>;
  /** Applies `patch` and sets updated_at; returns the new row, or null if it does not exist. */
  updateSession(id: string, patch: Partial<Omit<SessionRecord, 'id' | 'owner' | 'created_at'>>): Promise<SessionRecord | null>;
  /**
   * Compare-and-set on status (and run id when given): applies the patch only if the session is still in one of
   * `from` and, when `runId` is not undefined, its run's id equals it (null = no run). Returns the new row or null.
   */
  transitionSession(
    id: string,
    from: readonly SessionStatus[],
    patch: Partial<Omit<SessionRecord, 'id' | 'owner' | 'created_at'>>,
    runId?: string | null,
  ): Promise<SessionRecord | null>;
  listSessions(owner: string, page: PageQuery, options?: { includeIncognito?: boolean }): Promise<Page<SessionRecord>>;
  /** Sessions in any of these statuses, across owners (the resumer and the watchdog use it). */
  findSessionsByStatus(statuses: readonly SessionStatus[]): Promise<SessionRecord[]>;

  /** Assigns `seq` (next in the session) and returns the stored message. */
  appendMessage(message: Omit<MessageRecord, 'seq'>): Promise<MessageRecord>;
  /** Newest first. */
  listMessages(sessionId: string, limit: number): Promise<MessageRecord[]>;
  getMessage(id: string): Promise<MessageRecord | null>;
  /** Incognito: blank the text of every message of a session. */
  eraseMessages(sessionId: string): Promise<void>;

  insertResource(resource: ResourceRecord): Promise<void>;
  getResource(id: string, sessionId: string): Promise<ResourceRecord | null>;
  listResources(sessionId: string): Promise<ResourceRecord[]>;

  insertVideo(video: VideoRecord): Promise<void>;
  getVideo(id: string, owner?: string): Promise<VideoRecord | null>;
  updateVideo(id: string, patch: Partial<Omit<VideoRecord, 'id' | 'owner' | 'session_id' | 'created_at'>>): Promise<VideoRecord | null>;
  listVideos(owner: string, page: PageQuery, sessionId?: string): Promise<Page<VideoRecord>>;
  deleteVideo(id: string): Promise<void>;

  insertAsset(asset: AssetRecord): Promise<void>;
  getAsset(id: string, owner?: string): Promise<AssetRecord | null>;
  updateAsset(id: string, patch: Partial<Omit<AssetRecord, 'id' | 'owner' | 'created_at'>>): Promise<AssetRecord | null>;

  insertWebhookDelivery(delivery: WebhookDeliveryRecord): Promise<void>;
  updateWebhookDelivery(id: string, patch: Partial<Omit<WebhookDeliveryRecord, 'id' | 'owner' | 'created_at'>>): Promise<void>;
  /** Deliveries due for an attempt: status pending and next_attempt_at <= now. */
  dueWebhookDeliveries(now: number, limit: number): Promise<WebhookDeliveryRecord[]>;
  listWebhookDeliveries(owner: string, page: PageQuery): Promise<Page<WebhookDeliveryRecord>>;

  insertWebhookEndpoint(endpoint: WebhookEndpointRecord): Promise<void>;
  getWebhookEndpoint(id: string, owner: string): Promise<WebhookEndpointRecord | null>;
  updateWebhookEndpoint(id: string, patch: Partial<Omit<WebhookEndpointRecord, 'id' | 'owner' | 'created_at'>>): Promise<WebhookEndpointRecord | null>;
  deleteWebhookEndpoint(id: string): Promise<void>;
  listWebhookEndpoints(owner: string, page: PageQuery): Promise<Page<WebhookEndpointRecord>>;

  /** Inserts the key if absent (returns null), else returns the existing row. */
  claimIdempotencyKey(record: IdempotencyRecord): Promise<IdempotencyRecord | null>;
  completeIdempotencyKey(owner: string, key: string, response: { status: number; body: unknown }): Promise<void>;
  releaseIdempotencyKey(owner: string, key: string): Promise<void>;
  /** Deletes rows older than `before`. */
  pruneIdempotencyKeys(before: number): Promise<void>;
}
