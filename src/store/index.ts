export type { Store } from './store.js';
export * from './records.js';
export type { BlobStore, BlobInfo } from './blobs/blob-store.js';
