export type { Database } from './database.js';
export { KyselyStore, type PagedTable } from './kysely-store.js';
export { decodePageCursor, encodePageCursor } from './page-cursor.js';
export { fromRow, type RecordOf } from './row-codec.js';
