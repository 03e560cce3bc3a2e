import type { Kysely, Migration } from 'kysely';

/** Language-model tokens used by a session's agent turns (zero for the built-in planner). */
export const sessionUsageMigration: Migration = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .alterTable('sessions')
      .addColumn('usage', 'text', (col) => col.notNull().defaultTo('{"input_tokens":0,"output_tokens":0}'))
      .execute();
  },
};
