import type { Storyboard } from '../../storyboard/index.js';
import type { TtsEngine } from '../tts/index.js';
import type { ResolveAsset } from './load-scene-media.js';
import type { PresenterLayer } from './presenter-layer.js';
import type { RenderCache } from './render-cache.js';
import type { RenderProgress } from './render-progress.js';
import type { VisualMediaSource } from './visuals/index.js';

export interface RenderVideoOptions {
  tts: TtsEngine;
  /** An empty folder the render may fill; the caller deletes it. */
  workDir: string;
  /**
   * A folder kept between renders (e.g. DATA_DIR/cache/render): narration, scene segments, the soundtrack
   * and music beds are remembered there by content hash, so a revision re-encodes only what changed.
   * Without it every render starts from nothing.
   */
  cacheDir?: string;
  ffmpegPath: string;
  resolveAsset: ResolveAsset;
  /**
   * The presenter for `storyboard.avatar_id` (default: the built-in looks, `getAvatarLook`); null draws
   * the scenes without one.
   */
  presenterFor?: (avatarId: string) => PresenterLayer | null;
  /** Output height: 1080 (default) or 720 (1280×720 / 720×1280). */
  resolution?: 1080 | 720;
  /**
   * Scene segments encoded at once (default 1: one segment already keeps both cores busy — two x264
   * encodes plus the presenter's drawing — and a second in parallel would push peak memory past 1 GiB).
   */
  concurrency?: number;
  /**
   * Encode every frame (constant 30 fps). By default a frame that repeats the one before is not encoded again: the
   * one before is shown longer (variable frame rate on a 1/30 s clock). The picture at every 1/30 s is the same
   * either way; constant frame rate costs about a third more encoding and suits editors that dislike VFR.
   */
  constantFrameRate?: boolean;
  signal?: AbortSignal;
  onProgress?: (progress: RenderProgress) => void;
  /** Each step of the pipeline (RENDER_STEPS) as it starts and ends, with its wall time: for logs and tests. */
  onStep?: (event: RenderStepEvent) => void;
  /**
   * Makes the render's cache (default: `new RenderCache(dir, scratchDir)`); src/render-farm passes one that
   * shares steps between machines through the blob store.
   */
  createCache?: (dir: string | null, scratchDir: string) => RenderCache;
  /**
   * The files of stock clips, stock photos and generated images (DATA_DIR/cache/visuals, `visualMediaCache`):
   * their scenes are drawn full-bleed from them. Without it, those scenes are drawn without their picture.
   */
  visualMedia?: VisualMediaSource;
}

export interface RenderStepEvent {
  step: string;
  phase: 'start' | 'end';
  /** With `end`: milliseconds since the step started. */
  ms?: number;
}

export interface SceneSegmentsOptions extends RenderVideoOptions {
  /** Scene indexes whose segments (a transition part, if any, and the hold part) are encoded. */
  scenes: readonly number[];
}

export interface SceneSegmentsOutput {
  /** In video order; `stepId` is the cache step (`segment:<hash>`) that holds the files. */
  segments: { scene: number; transition: boolean; stepId: string; clean: string; captioned: string; seconds: number }[];
  cache: { hits: string[]; misses: string[] };
}

export interface RenderOutput {
  videoPath: string;
  /** With captions burned in; the same picture as videoPath (a copy) when storyboard.captions.enabled is false. */
  captionedVideoPath: string;
  thumbnailPath: string;
  subtitlePath: string;
  /** WebVTT captions with per-word timestamps. */
  vttPath: string;
  /** A ~3 s, 480 px wide animated GIF of the start of the captioned video. */
  gifPath: string;
  /** Seconds, measured from the output file. */
  duration: number;
  scenes: { id: string; start: number; duration: number }[];
  /** A copy of the storyboard with each scene's measured duration_sec. */
  storyboard: Storyboard;
  /** Step ids (`segment:<hash>`, `tts:<hash>`, `audio:<hash>`, `bed:<name>`) reused from the cache and built afresh; no hits without a cacheDir. */
  cache: { hits: string[]; misses: string[] };
}
