import type { Kysely } from 'kysely';
import type { IdempotencyRecord } from '../records.js';
import type { Database } from './database.js';
import { fromRow, toFullRow } from './row-codec.js';

/** Inserts the key unless it exists; the existing record otherwise (null: the caller won it). */
export async function claimIdempotencyKey(db: Kysely<Database>, record: IdempotencyRecord): Promise<IdempotencyRecord | null> {
  const row = toFullRow('idempotency_keys', record);
  // A release can delete the winner's row between our INSERT and our read; then the key is free: try again.
  for (let attempt = 0; attempt < 5; attempt++) {
    const result = await db
      .insertInto('idempotency_keys')
      .values(row)
      .onConflict((conflict) => conflict.columns(['owner', 'key']).doNothing())
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0n) > 0) return null;
    const existing = await db
      .selectFrom('idempotency_keys')
      .selectAll()
      .where('owner', '=', record.owner)
      .where('key', '=', record.key)
      .executeTakeFirst();
    if (existing !== undefined) return fromRow('idempotency_keys', existing);
  }
  throw new Error(`Idempotency key ${record.key} kept changing while being claimed`);
}
