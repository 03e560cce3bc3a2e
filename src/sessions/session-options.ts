import type { Logger } from 'pino';
import type { Planner } from '../agent/index.js';
import type { BrandKit } from '../brand-kits/index.js';
import type { EventBus } from '../events/index.js';
import type { Queue } from '../jobs/index.js';
import type { TtsEngine } from '../media/tts/index.js';
import type { OutboundGuard } from '../net/index.js';
import type { BlobStore, Store } from '../store/index.js';
import type { Storyboard } from '../storyboard/index.js';

export interface RenderedFiles {
  videoPath: string;
  captionedVideoPath: string;
  thumbnailPath: string;
  subtitlePath: string;
  /** WebVTT with per-word timestamps. */
  vttPath: string;
  /** A few seconds as an animated GIF, for `gif_url`. */
  gifPath: string;
  duration: number;
}

export type AssetResolver = (assetId: string) => Promise<{ path: string; mimeType: string }>;

export interface VideoRenderer {
  renderVideo(
    storyboard: Storyboard,
    options: { workDir: string; resolveAsset: AssetResolver; signal: AbortSignal; onProgress: (progress: { stage: string; fraction: number }) => void },
  ): Promise<RenderedFiles>;
  renderSceneImage(storyboard: Storyboard, sceneIndex: number, options: { resolveAsset: AssetResolver }): Promise<Buffer>;
}

export interface SessionNotifier {
  notify(event: {
    owner: string;
    session_id: string;
    /** null: only registered endpoints are told. */
    callback_url: string | null;
    event_type: 'video_agent.success' | 'video_agent.fail';
    event_data: { session_id: string; video_id: string | null; url: string | null; callback_id: string | null; msg?: string };
  }): Promise<unknown>;
}

export interface SessionManagerOptions {
  store: Store;
  blobs: BlobStore;
  queue: Queue;
  planner: Planner;
  tts: TtsEngine;
  renderer: VideoRenderer;
  webhooks: SessionNotifier;
  /** Where session events go; one process's own bus when omitted. */
  events?: EventBus;
  logger: Logger;
  /** Signed link to a blob, for webhook payloads. */
  linkFor: (blobKey: string) => string;
  styleIds: readonly string[];
  avatarIds: readonly string[];
  dataDir: string;
  agentTimeoutSec: number;
  renderTimeoutSec: number;
  maxActiveJobsPerKey: number;
  maxUploadBytes: number;
  /** Checks URLs given on a client's behalf (files[].url, callback_url) and makes the downloads. */
  outbound?: OutboundGuard;
  /** Looks up a key's photo avatars (uploaded portraits); built-in looks are in `avatarIds`. */
  photoAvatars?: { get(id: string, owner: string): Promise<unknown> };
  /** Looks up a key's brand kits (src/brand-kits); without it every brand_kit_id is refused. */
  brandKits?: { get(owner: string, id: string): Promise<BrandKit | null> };
  watchdogIntervalMs?: number;
  now?: () => number;
}
