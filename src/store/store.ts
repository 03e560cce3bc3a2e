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
import type { OwnerLocks } from '../locks/index.js';

export interface WebhookClaim {
  /** Unix ms: what is due, and which leases have run out, is judged against it. */
  now: number;
  /** Unix ms: the lease's end; after it, another claimer may take the delivery. */
  leaseUntil: number;
  /** Who holds the lease (unique per dispatcher); settleWebhookDelivery checks it. */
  claimant: string;
  limit: number;
  /** Only among these deliveries (a dispatcher claiming what it has just stored). */
  ids?: readonly string[];
}

/**
 * Durable state. Every method is atomic. `owner` scoping is the caller's job except where a method takes
 * it: a lookup that takes `owner` returns null for another owner's row (the API answers 404). `withOwnerLock`
 * guards an owner's data kept beside the tables (brand kits, photo avatars in the blob store) wherever the
 * store is shared: in this process on SQLite, across processes on PostgreSQL.
 */
export interface Store extends OwnerLocks {
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
  /** Deliveries due for an attempt: status pending and next_attempt_at <= now (leased or not). */
  dueWebhookDeliveries(now: number, limit: number): Promise<WebhookDeliveryRecord[]>;
  /**
   * Leases up to `limit` due deliveries (pending, next_attempt_at <= now, and no lease running past now) to
   * `claimant` until `leaseUntil`, oldest due first, in one atomic step: concurrent claimers — in this process
   * or another sharing the database — get disjoint deliveries. A lease that ran out (its holder died mid-send)
   * can be claimed again.
   */
  claimWebhookDeliveries(claim: WebhookClaim): Promise<WebhookDeliveryRecord[]>;
  /**
   * Applies `patch` and releases the lease, only while `claimant` holds it. False when another claimer took
   * the delivery over (our lease had run out): the patch is dropped, the new holder's attempt counts.
   */
  settleWebhookDelivery(
    id: string,
    claimant: string,
    patch: Partial<Omit<WebhookDeliveryRecord, 'id' | 'owner' | 'created_at'>>,
  ): Promise<boolean>;
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
