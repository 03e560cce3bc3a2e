import type { Storyboard } from '../storyboard/index.js';
import type { BlobStore } from '../store/index.js';

/** The queue job that renders some scenes' segments of another process's render into the shared tier. */
export const RENDER_PART_JOB = 'render-part';

export interface RenderPartJobData {
  /** `<render id>-<group>`: names the part's markers. */
  part_id: string;
  /** The farm (process) whose render this part belongs to: it builds the part itself if nobody else does. */
  origin: string;
  /** Times the origin handed the job back to the queue for another process. */
  hops: number;
  /** Epoch ms after which nobody needs the part any more (the render's own time bound). */
  expires_at: number;
  scenes: number[];
  storyboard: Storyboard;
  /** Settings that are part of the segment keys: the coordinator's, not the worker's own configuration. */
  resolution: 1080 | 720 | null;
  constant_frame_rate: boolean;
}

export type PartMarker = 'claimed' | 'done' | 'abandoned';

/**
 * Tiny blobs next to the segments that let the coordinator and a part's worker talk without another table:
 * `claimed` (a worker started it), `done` (all its segments are uploaded), `abandoned` (the coordinator stopped
 * waiting and builds what is missing itself; the worker stops).
 */
export function partMarkerKey(partId: string, marker: PartMarker): string {
  return `render-parts/${partId}/${marker}`;
}

export async function hasPartMarker(blobs: BlobStore, partId: string, marker: PartMarker): Promise<boolean> {
  return (await blobs.stat(partMarkerKey(partId, marker)).catch(() => null)) !== null;
}

export async function setPartMarker(blobs: BlobStore, partId: string, marker: PartMarker, content: Record<string, unknown> = {}): Promise<void> {
  await blobs.put(partMarkerKey(partId, marker), Buffer.from(JSON.stringify({ ...content, at: Date.now() })));
}

export async function clearPartMarkers(blobs: BlobStore, partId: string, markers: readonly PartMarker[]): Promise<void> {
  await Promise.all(markers.map((marker) => blobs.delete(partMarkerKey(partId, marker)).catch(() => undefined)));
}
