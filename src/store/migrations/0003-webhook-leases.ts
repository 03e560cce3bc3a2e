import type { Kysely, Migration } from 'kysely';

/**
 * A lease on a webhook delivery: the process sending an attempt holds it until `lease_until` (Unix ms), so two
 * processes sharing the database never send the same attempt; an expired lease (its holder died) is free again.
 */
export const webhookLeasesMigration: Migration = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('webhook_deliveries').addColumn('lease_until', 'bigint').execute();
    await db.schema.alterTable('webhook_deliveries').addColumn('leased_by', 'text').execute();
  },
};
