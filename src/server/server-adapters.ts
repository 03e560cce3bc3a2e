import type { Planner } from '../agent/index.js';
import type { EventBus } from '../events/index.js';
import type { Queue } from '../jobs/index.js';
import type { TtsEngine } from '../media/index.js';
import type { VideoRenderer } from '../sessions/index.js';
import type { BlobStore, Store } from '../store/index.js';

/**
 * The adapters a session runtime is assembled from. A caller may hand in any of them (tests assemble a server
 * with fakes at the media seams); whatever is left out is built once from the config. The runtime owns what it
 * is given: its close() closes those too.
 */
export interface ServerAdapters {
  store: Store;
  blobs: BlobStore;
  queue: Queue;
  events: EventBus;
  planner: Planner;
  tts: TtsEngine;
  /** Draws the review images and renders the videos (by default the render farm over src/media). */
  renderer: VideoRenderer;
}
