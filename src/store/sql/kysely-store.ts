import { sql, type Kysely } from 'kysely';
import { KeyedMutex } from '../../locks/index.js';
import { migrateToLatest } from '../migrations/index.js';
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
} from '../records.js';
import type { Store, WebhookClaim } from '../store.js';
import type { Database } from './database.js';
import { decodePageCursor, encodePageCursor } from './page-cursor.js';
import { claimIdempotencyKey } from './claim-idempotency-key.js';
import { fromRow, toFullRow, toRow, type RecordOf } from './row-codec.js';
import { claimWebhookDeliveries, dueWebhookDeliveries, settleWebhookDelivery } from './webhook-delivery-queries.js';
import { withoutKeys } from './without-keys.js';

type SessionPatch = Partial<Omit<SessionRecord, 'id' | 'owner' | 'created_at'>>;
export type PagedTable = 'sessions' | 'videos' | 'webhook_deliveries' | 'webhook_endpoints';

/**
 * The Store over Kysely, written in SQL both SQLite and PostgreSQL accept; an adapter supplies the Kysely
 * instance (dialect, pool, pragmas) and overrides what its dialect does differently.
 */
export class KyselyStore implements Store {
  constructor(
    readonly id: string,
    protected readonly db: Kysely<Database>,
  ) {}

  /** Owner locks in this process; enough for SQLite, whose database one process writes. */
  protected readonly ownerLocks = new KeyedMutex();

  async migrate(): Promise<void> {
    await migrateToLatest(this.db);
  }

  withOwnerLock<T>(owner: string, name: string, work: () => Promise<T>): Promise<T> {
    return this.ownerLocks.run(`${name}\u0000${owner}`, work);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  // ── sessions ────────────────────────────────────────────────────────────────────────────────

  async insertSession(session: SessionRecord): Promise<void> {
    await this.db.insertInto('sessions').values(toFullRow('sessions', session)).execute();
  }

  async getSession(id: string, owner?: string): Promise<SessionRecord | null> {
    let query = this.db.selectFrom('sessions').selectAll().where('id', '=', id);
    if (owner !== undefined) query = query.where('owner', '=', owner);
    const row = await query.executeTakeFirst();
    return row === undefined ? null : fromRow('sessions', row);
  }

  async updateSession(id: string, patch: SessionPatch): Promise<SessionRecord | null> {
    const row = await this.db
      .updateTable('sessions')
      .set(this.sessionPatchRow(patch))
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    return row === undefined ? null : fromRow('sessions', row);
  }

  async transitionSession(
    id: string,
    from: readonly SessionStatus[],
    patch: SessionPatch,
    runId?: string | null,
  ): Promise<SessionRecord | null> {
    if (from.length === 0) return null;
    // One UPDATE … WHERE status IN (…) [AND run_id …]: the database decides the race, not a read-then-write.
    let query = this.db
      .updateTable('sessions')
      .set(this.sessionPatchRow(patch))
      .where('id', '=', id)
      .where('status', 'in', [...from]);
    if (runId !== undefined) query = runId === null ? query.where('run_id', 'is', null) : query.where('run_id', '=', runId);
    const row = await query.returningAll().executeTakeFirst();
    return row === undefined ? null : fromRow('sessions', row);
  }

  async listSessions(owner: string, page: PageQuery, options?: { includeIncognito?: boolean }): Promise<Page<SessionRecord>> {
    const filter: Record<string, unknown> = { owner };
    if (options?.includeIncognito !== true) filter.incognito = 0;
    return this.listPage('sessions', page, filter);
  }

  async findSessionsByStatus(statuses: readonly SessionStatus[]): Promise<SessionRecord[]> {
    if (statuses.length === 0) return [];
    const rows = await this.db
      .selectFrom('sessions')
      .selectAll()
      .where('status', 'in', [...statuses])
      .orderBy('created_at', 'asc')
      .orderBy('id', 'asc')
      .execute();
    return rows.map((row) => fromRow('sessions', row));
  }

  private sessionPatchRow(patch: SessionPatch): Partial<Database['sessions']> {
    const clean = withoutKeys(patch, ['id', 'owner', 'created_at']);
    return toRow('sessions', { ...clean, updated_at: clean.updated_at ?? Date.now() });
  }

  // ── messages ────────────────────────────────────────────────────────────────────────────────

  async appendMessage(message: Omit<MessageRecord, 'seq'>): Promise<MessageRecord> {
    const row = toRow('messages', message);
    // INSERT … SELECT max(seq)+1 is one statement, so it is atomic on its own (also across processes sharing the
    // SQLite file, where a read-then-write transaction could fail to upgrade its lock); the unique
    // (session_id, seq) constraint is the backstop.
    const inserted = await this.db
      .insertInto('messages')
      .columns(['id', 'session_id', 'role', 'type', 'content', 'resource_ids', 'attachment_ids', 'seq', 'created_at'])
      .expression((eb) =>
        eb
          .selectFrom('messages')
          .select([
            eb.val(message.id).as('id'),
            eb.val(message.session_id).as('session_id'),
            eb.val(message.role).as('role'),
            eb.val(message.type).as('type'),
            eb.val(message.content).as('content'),
            eb.val(row.resource_ids ?? null).as('resource_ids'),
            eb.val(row.attachment_ids ?? null).as('attachment_ids'),
            sql<number>`coalesce(max(${eb.ref('seq')}), 0) + 1`.as('seq'),
            eb.val(message.created_at).as('created_at'),
          ])
          .where('session_id', '=', message.session_id),
      )
      .returningAll()
      .executeTakeFirstOrThrow();
    return fromRow('messages', inserted);
  }

  async listMessages(sessionId: string, limit: number): Promise<MessageRecord[]> {
    const rows = await this.db
      .selectFrom('messages')
      .selectAll()
      .where('session_id', '=', sessionId)
      .orderBy('seq', 'desc')
      .limit(Math.max(0, Math.floor(limit)))
      .execute();
    return rows.map((row) => fromRow('messages', row));
  }

  async getMessage(id: string): Promise<MessageRecord | null> {
    const row = await this.db.selectFrom('messages').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? null : fromRow('messages', row);
  }

  async eraseMessages(sessionId: string): Promise<void> {
    await this.db.updateTable('messages').set({ content: '' }).where('session_id', '=', sessionId).execute();
  }

  // ── resources ───────────────────────────────────────────────────────────────────────────────

  async insertResource(resource: ResourceRecord): Promise<void> {
    await this.db.insertInto('resources').values(toFullRow('resources', resource)).execute();
  }

  async getResource(id: string, sessionId: string): Promise<ResourceRecord | null> {
    const row = await this.db
      .selectFrom('resources')
      .selectAll()
      .where('id', '=', id)
      .where('session_id', '=', sessionId)
      .executeTakeFirst();
    return row === undefined ? null : fromRow('resources', row);
  }

  /** In creation order (oldest first), so storyboard drafts read v1, v2, …. */
  async listResources(sessionId: string): Promise<ResourceRecord[]> {
    const rows = await this.db
      .selectFrom('resources')
      .selectAll()
      .where('session_id', '=', sessionId)
      .orderBy('created_at', 'asc')
      .orderBy('id', 'asc')
      .execute();
    return rows.map((row) => fromRow('resources', row));
  }

  // ── videos ──────────────────────────────────────────────────────────────────────────────────

  async insertVideo(video: VideoRecord): Promise<void> {
    await this.db.insertInto('videos').values(toFullRow('videos', video)).execute();
  }

  async getVideo(id: string, owner?: string): Promise<VideoRecord | null> {
    let query = this.db.selectFrom('videos').selectAll().where('id', '=', id);
    if (owner !== undefined) query = query.where('owner', '=', owner);
    const row = await query.executeTakeFirst();
    return row === undefined ? null : fromRow('videos', row);
  }

  async updateVideo(
    id: string,
    patch: Partial<Omit<VideoRecord, 'id' | 'owner' | 'session_id' | 'created_at'>>,
  ): Promise<VideoRecord | null> {
    const row = toRow('videos', withoutKeys(patch, ['id', 'owner', 'session_id', 'created_at']));
    if (Object.keys(row).length === 0) return this.getVideo(id);
    const updated = await this.db.updateTable('videos').set(row).where('id', '=', id).returningAll().executeTakeFirst();
    return updated === undefined ? null : fromRow('videos', updated);
  }

  async listVideos(owner: string, page: PageQuery, sessionId?: string): Promise<Page<VideoRecord>> {
    const filter: Record<string, unknown> = { owner };
    if (sessionId !== undefined) filter.session_id = sessionId;
    return this.listPage('videos', page, filter);
  }

  async deleteVideo(id: string): Promise<void> {
    await this.db.deleteFrom('videos').where('id', '=', id).execute();
  }

  // ── assets ──────────────────────────────────────────────────────────────────────────────────

  async insertAsset(asset: AssetRecord): Promise<void> {
    await this.db.insertInto('assets').values(toFullRow('assets', asset)).execute();
  }

  async getAsset(id: string, owner?: string): Promise<AssetRecord | null> {
    let query = this.db.selectFrom('assets').selectAll().where('id', '=', id);
    if (owner !== undefined) query = query.where('owner', '=', owner);
    const row = await query.executeTakeFirst();
    return row === undefined ? null : fromRow('assets', row);
  }

  async updateAsset(id: string, patch: Partial<Omit<AssetRecord, 'id' | 'owner' | 'created_at'>>): Promise<AssetRecord | null> {
    const row = toRow('assets', withoutKeys(patch, ['id', 'owner', 'created_at']));
    if (Object.keys(row).length === 0) return this.getAsset(id);
    const updated = await this.db.updateTable('assets').set(row).where('id', '=', id).returningAll().executeTakeFirst();
    return updated === undefined ? null : fromRow('assets', updated);
  }

  // ── webhook deliveries ──────────────────────────────────────────────────────────────────────

  dueWebhookDeliveries(now: number, limit: number): Promise<WebhookDeliveryRecord[]> {
    return dueWebhookDeliveries(this.db, now, limit);
  }

  claimWebhookDeliveries(claim: WebhookClaim): Promise<WebhookDeliveryRecord[]> {
    return claimWebhookDeliveries(this.db, claim, this.claimSkipsLockedRows);
  }

  settleWebhookDelivery(id: string, claimant: string, patch: Partial<Omit<WebhookDeliveryRecord, 'id' | 'owner' | 'created_at'>>): Promise<boolean> {
    return settleWebhookDelivery(this.db, id, claimant, patch);
  }

  async insertWebhookDelivery(delivery: WebhookDeliveryRecord): Promise<void> {
    await this.db.insertInto('webhook_deliveries').values(toFullRow('webhook_deliveries', delivery)).execute();
  }

  async updateWebhookDelivery(
    id: string,
    patch: Partial<Omit<WebhookDeliveryRecord, 'id' | 'owner' | 'created_at'>>,
  ): Promise<void> {
    const row = toRow('webhook_deliveries', withoutKeys(patch, ['id', 'owner', 'created_at']));
    if (Object.keys(row).length === 0) return;
    await this.db.updateTable('webhook_deliveries').set(row).where('id', '=', id).execute();
  }

  /**
   * Whether the claim's inner SELECT takes row locks with SKIP LOCKED (PostgreSQL), so that racing claimers
   * pass over each other's rows instead of waiting for them and coming back empty. SQLite has one writer.
   */
  protected get claimSkipsLockedRows(): boolean {
    return false;
  }

  async listWebhookDeliveries(owner: string, page: PageQuery): Promise<Page<WebhookDeliveryRecord>> {
    return this.listPage('webhook_deliveries', page, { owner });
  }

  // ── webhook endpoints ───────────────────────────────────────────────────────────────────────

  async insertWebhookEndpoint(endpoint: WebhookEndpointRecord): Promise<void> {
    await this.db.insertInto('webhook_endpoints').values(toFullRow('webhook_endpoints', endpoint)).execute();
  }

  async getWebhookEndpoint(id: string, owner: string): Promise<WebhookEndpointRecord | null> {
    const row = await this.db
      .selectFrom('webhook_endpoints')
      .selectAll()
      .where('id', '=', id)
      .where('owner', '=', owner)
      .executeTakeFirst();
    return row === undefined ? null : fromRow('webhook_endpoints', row);
  }

  async updateWebhookEndpoint(
    id: string,
    patch: Partial<Omit<WebhookEndpointRecord, 'id' | 'owner' | 'created_at'>>,
  ): Promise<WebhookEndpointRecord | null> {
    const row = toRow('webhook_endpoints', withoutKeys(patch, ['id', 'owner', 'created_at']));
    if (Object.keys(row).length === 0) {
      const current = await this.db.selectFrom('webhook_endpoints').selectAll().where('id', '=', id).executeTakeFirst();
      return current === undefined ? null : fromRow('webhook_endpoints', current);
    }
    const updated = await this.db
      .updateTable('webhook_endpoints')
      .set(row)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    return updated === undefined ? null : fromRow('webhook_endpoints', updated);
  }

  async deleteWebhookEndpoint(id: string): Promise<void> {
    await this.db.deleteFrom('webhook_endpoints').where('id', '=', id).execute();
  }

  async listWebhookEndpoints(owner: string, page: PageQuery): Promise<Page<WebhookEndpointRecord>> {
    return this.listPage('webhook_endpoints', page, { owner });
  }

  // ── idempotency keys ────────────────────────────────────────────────────────────────────────

  claimIdempotencyKey(record: IdempotencyRecord): Promise<IdempotencyRecord | null> {
    return claimIdempotencyKey(this.db, record);
  }

  async completeIdempotencyKey(owner: string, key: string, response: { status: number; body: unknown }): Promise<void> {
    await this.db
      .updateTable('idempotency_keys')
      .set(toRow('idempotency_keys', { response }))
      .where('owner', '=', owner)
      .where('key', '=', key)
      .execute();
  }

  async releaseIdempotencyKey(owner: string, key: string): Promise<void> {
    await this.db.deleteFrom('idempotency_keys').where('owner', '=', owner).where('key', '=', key).execute();
  }

  async pruneIdempotencyKeys(before: number): Promise<void> {
    await this.db.deleteFrom('idempotency_keys').where('created_at', '<', before).execute();
  }

  // ── paging ──────────────────────────────────────────────────────────────────────────────────

  /**
   * Newest first by (created_at, id); fetches one extra row so `next` is set only when more rows exist.
   * `filter`'s keys are column names chosen in this file, never caller input.
   */
  protected async listPage<T extends PagedTable>(
    table: T,
    page: PageQuery,
    filter: Record<string, unknown>,
  ): Promise<Page<RecordOf[T]>> {
    // The same query for four tables: typed per call site, untyped inside.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const db = this.db as unknown as Kysely<any>;
    let query = db.selectFrom(table).selectAll();
    for (const [column, value] of Object.entries(filter)) query = query.where(column, '=', value);
    if (page.cursor !== null && page.cursor !== '') {
      const after = decodePageCursor(page.cursor);
      query = query.where((eb) =>
        eb.or([
          eb('created_at', '<', after.created_at),
          eb.and([eb('created_at', '=', after.created_at), eb('id', '<', after.id)]),
        ]),
      );
    }
    const limit = Number.isFinite(page.limit) ? Math.max(1, Math.floor(page.limit)) : 20;
    const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit + 1).execute();
    const items = rows.slice(0, limit).map((row) => fromRow(table, row as Database[T]));
    const last = rows.length > limit ? (items.at(-1) as { created_at: number; id: string } | undefined) : undefined;
    return { items, next: last === undefined ? null : encodePageCursor({ created_at: last.created_at, id: last.id }) };
  }
}
