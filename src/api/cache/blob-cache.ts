import type { BlobStore } from '../../store/index.js';

/**
 * Renders a file once and keeps it in blobs; concurrent first requests share one render.
 * Used for voice previews and style thumbnails, which never change for a given id.
 */
export function createBlobCache(blobs: BlobStore) {
  const inFlight = new Map<string, Promise<Buffer>>();
  return async function cached(key: string, render: () => Promise<Buffer>): Promise<Buffer> {
    const running = inFlight.get(key);
    if (running) return running;
    const job = (async () => {
      if (await blobs.stat(key)) return blobs.get(key);
      const bytes = await render();
      await blobs.put(key, bytes);
      return bytes;
    })();
    inFlight.set(key, job);
    try {
      return await job;
    } finally {
      inFlight.delete(key);
    }
  };
}
