import type { Kysely, Migration } from 'kysely';

// Migrations run against whatever the schema was then, so they take an untyped Kysely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/** Sessions and what hangs off them: the message log and resources (drafts, images, uploads). */
async function createSessionTables(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('owner', 'text', (col) => col.notNull())
    .addColumn('mode', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('prompt', 'text', (col) => col.notNull())
    .addColumn('title', 'text')
    .addColumn('progress', 'double precision', (col) => col.notNull().defaultTo(0))
    .addColumn('video_id', 'text')
    .addColumn('options', 'text', (col) => col.notNull())
    .addColumn('storyboard_version', 'integer')
    .addColumn('run', 'text')
    .addColumn('run_id', 'text')
    .addColumn('incognito', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('error', 'text')
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('updated_at', 'bigint', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('sessions_owner_created').on('sessions').columns(['owner', 'created_at', 'id']).execute();
  await db.schema.createIndex('sessions_status').on('sessions').column('status').execute();

  await db.schema
    .createTable('messages')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('session_id', 'text', (col) => col.notNull().references('sessions.id').onDelete('cascade'))
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('content', 'text', (col) => col.notNull())
    .addColumn('resource_ids', 'text')
    .addColumn('attachment_ids', 'text')
    .addColumn('seq', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addUniqueConstraint('messages_session_seq', ['session_id', 'seq'])
    .execute();

  await db.schema
    .createTable('resources')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('session_id', 'text', (col) => col.notNull().references('sessions.id').onDelete('cascade'))
    .addColumn('owner', 'text', (col) => col.notNull())
    .addColumn('resource_type', 'text', (col) => col.notNull())
    .addColumn('source_type', 'text', (col) => col.notNull())
    .addColumn('blob_key', 'text')
    .addColumn('thumbnail_key', 'text')
    .addColumn('preview_key', 'text')
    .addColumn('metadata', 'text', (col) => col.notNull())
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('resources_session').on('resources').columns(['session_id', 'created_at']).execute();
}

async function createVideoAndAssetTables(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('videos')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('session_id', 'text', (col) => col.notNull().references('sessions.id').onDelete('cascade'))
    .addColumn('owner', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('title', 'text')
    .addColumn('storyboard_version', 'integer', (col) => col.notNull())
    .addColumn('video_key', 'text')
    .addColumn('captioned_video_key', 'text')
    .addColumn('thumbnail_key', 'text')
    .addColumn('gif_key', 'text')
    .addColumn('subtitle_key', 'text')
    .addColumn('duration', 'double precision')
    .addColumn('failure_code', 'text')
    .addColumn('failure_message', 'text')
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('completed_at', 'bigint')
    .execute();
  await db.schema.createIndex('videos_owner_created').on('videos').columns(['owner', 'created_at', 'id']).execute();
  await db.schema.createIndex('videos_session').on('videos').column('session_id').execute();

  await db.schema
    .createTable('assets')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('owner', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('filename', 'text')
    .addColumn('mime_type', 'text', (col) => col.notNull())
    .addColumn('size_bytes', 'bigint', (col) => col.notNull())
    .addColumn('sha256', 'text')
    .addColumn('blob_key', 'text', (col) => col.notNull())
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .execute();
}

/** Webhook endpoints and deliveries, and the Idempotency-Key records. */
async function createWebhookAndIdempotencyTables(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('webhook_endpoints')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('owner', 'text', (col) => col.notNull())
    .addColumn('url', 'text', (col) => col.notNull())
    .addColumn('events', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('secret', 'text', (col) => col.notNull())
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('webhook_endpoints_owner_created')
    .on('webhook_endpoints')
    .columns(['owner', 'created_at', 'id'])
    .execute();

  // No foreign keys here: a delivery's history outlives its endpoint and is kept as it was sent.
  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('owner', 'text', (col) => col.notNull())
    .addColumn('session_id', 'text')
    .addColumn('endpoint_id', 'text')
    .addColumn('url', 'text', (col) => col.notNull())
    .addColumn('event_type', 'text', (col) => col.notNull())
    .addColumn('payload', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('attempts', 'text', (col) => col.notNull())
    .addColumn('next_attempt_at', 'bigint')
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('webhook_deliveries_owner_created')
    .on('webhook_deliveries')
    .columns(['owner', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('webhook_deliveries_due')
    .on('webhook_deliveries')
    .columns(['status', 'next_attempt_at'])
    .execute();

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('owner', 'text', (col) => col.notNull())
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('body_hash', 'text', (col) => col.notNull())
    .addColumn('response', 'text')
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['owner', 'key'])
    .execute();
  await db.schema.createIndex('idempotency_keys_created').on('idempotency_keys').column('created_at').execute();
}

/**
 * The first schema. Plain schema-builder calls with types both SQLite and PostgreSQL accept (text, integer,
 * bigint, double precision); JSON is TEXT so the row codec is the same for both.
 */
export const initialMigration: Migration = {
  async up(db: AnyDb): Promise<void> {
    await createSessionTables(db);
    await createVideoAndAssetTables(db);
    await createWebhookAndIdempotencyTables(db);
  },
};
