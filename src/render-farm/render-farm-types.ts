import type { RenderVideoOptions } from '../media/index.js';

/** What the farm passes to the renders it runs; the caller binds the rest (TTS, ffmpeg, cache folder, presenter). */
export type FarmRenderOptions = Pick<RenderVideoOptions, 'workDir' | 'resolveAsset' | 'signal' | 'onProgress' | 'createCache' | 'resolution' | 'constantFrameRate'>;

/** What the farm reports (the runtime logs it). */
export type RenderFarmEvent =
  | { type: 'split'; render_id: string; groups: number[][] }
  | { type: 'split-failed'; render_id: string; error: unknown }
  | { type: 'waiting'; render_id: string; own_ms: number; parts: string[] }
  | { type: 'part-waited'; part_id: string; outcome: 'done' | 'unclaimed' | 'timeout'; waited_ms: number }
  | {
      type: 'split-render-done'; render_id: string;
      /** Segments of the full render taken from the shared tier, and built by it (missing from every part). */
      shared_hits: number; built: number;
      /** The video's measured length and the sum of its scenes' lengths, in seconds. */
      duration: number; scene_sum: number;
    }
  | { type: 'part-bounced'; part_id: string; hops: number }
  | { type: 'part-claimed'; part_id: string; scenes: number[] }
  | { type: 'part-built'; part_id: string; scenes: number[]; segments: number; built: number; reused: number; ms: number }
  | { type: 'part-abandoned'; part_id: string; built: number }
  | { type: 'part-failed'; part_id: string; error: unknown }
  | { type: 'upload-failed'; part_id: string | null; key: string; error: unknown };
