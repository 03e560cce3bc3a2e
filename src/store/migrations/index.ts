export { migrations } from './migrations.js';
export { migrateToLatest } from './migrate-to-latest.js';
