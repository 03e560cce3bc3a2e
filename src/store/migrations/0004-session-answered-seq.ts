import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The message queue's cursor: the `seq` of the newest user message a run has been started for. User messages
 * after it are queued (sent while the agent was busy) and are answered in order when the current run ends.
 */
export const sessionAnsweredSeqMigration: Migration = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('sessions').addColumn('answered_seq', 'integer', (col) => col.notNull().defaultTo(0)).execute();
    // Sessions from before the queue existed have answered (or are answering) every message they hold.
    await sql`UPDATE sessions SET answered_seq = coalesce((SELECT max(seq) FROM messages WHERE messages.session_id = sessions.id AND messages.role = 'user'), 0)`.execute(db);
  },
};
