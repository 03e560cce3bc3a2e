export { PgBossQueue } from './pg-boss-queue.js';
export type { PgBossQueueOptions } from './pg-boss-queue-types.js';
export { PG_BOSS_MAJOR } from './pg-boss-tables.js';
