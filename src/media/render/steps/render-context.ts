import { join } from 'node:path';
import { CancelledError } from '../../../errors/index.js';
import { runProcess, type RunProcessOptions, type RunProcessResult } from '../../../process/index.js';
import type { Storyboard } from '../../../storyboard/index.js';
import { registerBundledFonts, type Style } from '../../../styles/index.js';
import type { TtsEngine } from '../../tts/index.js';
import type { ResolveAsset } from '../load-scene-media.js';
import { builtInPresenter, type PresenterLayer } from '../presenter-layer.js';
import { RenderCache } from '../render-cache.js';
import { frameSize, styleFor } from '../render-scene-image.js';
import type { RenderVideoOptions } from '../render-video-options.js';

/** What every step of one render shares: the storyboard, the output size and look, the cache, ffmpeg, the signal. */
export interface RenderContext {
  /** The storyboard as drawn: its stock scenes turned into full-bleed media scenes (withStockMedia). */
  readonly storyboard: Storyboard;
  /** The storyboard as asked for, which the render's output describes. */
  readonly source: Storyboard;
  readonly signal: AbortSignal | undefined;
  /** The render's scratch folder (the caller deletes it). */
  readonly workDir: string;
  readonly ffmpegPath: string;
  readonly tts: TtsEngine;
  readonly resolveAsset: ResolveAsset;
  readonly cache: RenderCache;
  readonly width: number;
  readonly height: number;
  readonly portrait: boolean;
  readonly style: Style;
  /** The storyboard's presenter, or null (no avatar, or none known by that id). */
  readonly presenter: PresenterLayer | null;
  /** Segments encoded at once. */
  readonly concurrency: number;
  readonly constantFrameRate: boolean;
  /** ffmpeg with the render's signal; stdout is not kept. */
  ffmpeg(args: string[], extra?: RunProcessOptions): Promise<RunProcessResult>;
}

export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw new CancelledError();
}

/** The render's cache, made first: the caller keeps it even when the rest of the context fails to build. */
export function createRenderCache(options: RenderVideoOptions): RenderCache {
  return (options.createCache ?? ((dir, scratch) => new RenderCache(dir, scratch)))(options.cacheDir ?? null, join(options.workDir, 'steps'));
}

export function createRenderContext(storyboard: Storyboard, options: RenderVideoOptions, cache: RenderCache, source: Storyboard = storyboard): RenderContext {
  const { signal, ffmpegPath } = options;
  throwIfAborted(signal);
  registerBundledFonts();
  const style = styleFor(storyboard);
  const full = frameSize(storyboard.orientation);
  const scaleDown = options.resolution === 720 ? 720 / 1080 : 1;
  const width = Math.round(full.width * scaleDown);
  const height = Math.round(full.height * scaleDown);
  return {
    storyboard, source, signal, workDir: options.workDir, ffmpegPath, tts: options.tts, resolveAsset: options.resolveAsset, cache,
    width, height, portrait: height > width, style,
    presenter: storyboard.avatar_id ? (options.presenterFor ?? builtInPresenter)(storyboard.avatar_id) : null,
    concurrency: options.concurrency ?? 1,
    constantFrameRate: options.constantFrameRate === true,
    ffmpeg: (args, extra = {}) => runProcess(ffmpegPath, ['-hide_banner', '-nostdin', '-y', ...args], { signal, captureStdout: false, ...extra }),
  };
}
