import { join } from 'node:path';
import { loadImage, type Image } from '@napi-rs/canvas';
import type { Scene } from '../../storyboard/index.js';
import { runProcess } from '../../process/index.js';

export type ResolveAsset = (assetId: string) => Promise<{ path: string; mimeType: string }>;

export interface LoadSceneMediaOptions {
  resolveAsset: ResolveAsset;
  ffmpegPath: string;
  /** Where a frame grabbed from a video asset is written. */
  tempDir: string;
  signal?: AbortSignal;
}

/** One frame of a video, a little in (the very first frame is often black); the first if it is shorter. */
async function grabVideoFrame(path: string, out: string, options: LoadSceneMediaOptions): Promise<Image> {
  for (const seek of ['1', '0']) {
    await runProcess(options.ffmpegPath, ['-hide_banner', '-nostdin', '-y', '-ss', seek, '-i', path, '-frames:v', '1', '-f', 'image2', out], { signal: options.signal, captureStdout: false });
    try {
      return await loadImage(out);
    } catch {
      // No frame at that point: try the start.
    }
  }
  throw new Error(`No frame could be read from video asset ${path}`);
}

/**
 * The image a media scene shows: the asset itself for images, a frame for videos, null when the scene
 * has no media or the asset is neither.
 */
export async function loadSceneMedia(scene: Scene, options: LoadSceneMediaOptions): Promise<Image | null> {
  if (!scene.media) return null;
  const asset = await options.resolveAsset(scene.media.asset_id);
  if (asset.mimeType.startsWith('image/')) return loadImage(asset.path);
  if (asset.mimeType.startsWith('video/')) {
    const safeId = scene.media.asset_id.replace(/[^A-Za-z0-9_-]/g, '_');
    return grabVideoFrame(asset.path, join(options.tempDir, `frame-${safeId}.png`), options);
  }
  return null;
}
