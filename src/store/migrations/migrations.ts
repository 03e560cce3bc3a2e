import type { Migration } from 'kysely';
import { initialMigration } from './0001-initial.js';
import { sessionUsageMigration } from './0002-session-usage.js';
import { webhookLeasesMigration } from './0003-webhook-leases.js';
import { sessionAnsweredSeqMigration } from './0004-session-answered-seq.js';

/** Every schema change, in order (Kysely's Migrator sorts by name). Append; never edit a released one. */
export const migrations: Readonly<Record<string, Migration>> = {
  '0001-initial': initialMigration,
  '0002-session-usage': sessionUsageMigration,
  '0003-webhook-leases': webhookLeasesMigration,
  '0004-session-answered-seq': sessionAnsweredSeqMigration,
};
