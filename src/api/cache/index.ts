export { createBlobCache } from './blob-cache.js';
