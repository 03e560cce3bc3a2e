import type { Kysely } from 'kysely';
import type { WebhookDeliveryRecord } from '../records.js';
import type { WebhookClaim } from '../store.js';
import type { Database } from './database.js';
import { fromRow, toRow } from './row-codec.js';
import { withoutKeys } from './without-keys.js';

/** Oldest due first. */
export async function dueWebhookDeliveries(db: Kysely<Database>, now: number, limit: number): Promise<WebhookDeliveryRecord[]> {
  const rows = await db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('status', '=', 'pending')
    .where('next_attempt_at', 'is not', null)
    .where('next_attempt_at', '<=', now)
    .orderBy('next_attempt_at', 'asc')
    .orderBy('created_at', 'asc')
    .orderBy('id', 'asc')
    .limit(Math.max(0, Math.floor(limit)))
    .execute();
  return rows.map((row) => fromRow('webhook_deliveries', row));
}

export async function claimWebhookDeliveries(db: Kysely<Database>, claim: WebhookClaim, skipLockedRows: boolean): Promise<WebhookDeliveryRecord[]> {
  const limit = Math.max(0, Math.floor(claim.limit));
  if (limit === 0 || claim.ids?.length === 0) return [];
  const ids = claim.ids === undefined ? null : [...claim.ids];
  // The oldest due and free rows, picked once (MATERIALIZED: PostgreSQL may otherwise re-run a LIMIT subquery
  // per row and update more than `limit`), then one UPDATE that checks each row again as it writes it
  // (PostgreSQL re-reads a row another transaction changed meanwhile), so of two racing claimers only one
  // leases a given row.
  const rows = await db
    .with(
      (cte) => cte('picked').materialized(),
      (db) =>
        db
          .selectFrom('webhook_deliveries')
          .select('id')
          .where('status', '=', 'pending')
          .where('next_attempt_at', '<=', claim.now)
          .where((w) => w.or([w('lease_until', 'is', null), w('lease_until', '<', claim.now)]))
          .$if(ids !== null, (q) => q.where('id', 'in', ids ?? []))
          .orderBy('next_attempt_at', 'asc')
          .orderBy('created_at', 'asc')
          .orderBy('id', 'asc')
          .limit(limit)
          .$if(skipLockedRows, (q) => q.forUpdate().skipLocked()),
    )
    .updateTable('webhook_deliveries')
    .set({ lease_until: claim.leaseUntil, leased_by: claim.claimant })
    .where('id', 'in', (eb) => eb.selectFrom('picked').select('picked.id'))
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', claim.now)
    .where((w) => w.or([w('lease_until', 'is', null), w('lease_until', '<', claim.now)]))
    .returningAll()
    .execute();
  const claimed = rows.map((row) => fromRow('webhook_deliveries', row));
  // RETURNING has no order.
  return claimed.sort(
    (a, b) => (a.next_attempt_at ?? 0) - (b.next_attempt_at ?? 0) || a.created_at - b.created_at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

export async function settleWebhookDelivery(
  db: Kysely<Database>,
  id: string,
  claimant: string,
  patch: Partial<Omit<WebhookDeliveryRecord, 'id' | 'owner' | 'created_at'>>,
): Promise<boolean> {
  const row = toRow('webhook_deliveries', withoutKeys(patch, ['id', 'owner', 'created_at']));
  const result = await db
    .updateTable('webhook_deliveries')
    .set({ ...row, lease_until: null, leased_by: null })
    .where('id', '=', id)
    .where('leased_by', '=', claimant)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
