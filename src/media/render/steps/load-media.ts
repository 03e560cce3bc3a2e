import { stat } from 'node:fs/promises';
import type { Image } from '@napi-rs/canvas';
import type { Scene } from '../../../storyboard/index.js';
import { loadBrandLogo, type BrandLogo } from '../load-brand-logo.js';
import { loadSceneMedia } from '../load-scene-media.js';
import type { RenderStep } from './render-step.js';

export interface SceneMediaFile {
  kind: 'image' | 'video';
  path: string;
  mimeType: string;
  image: Image | null;
  /** Size and mtime: part of cache keys, so a replaced file is not mistaken for the old one. */
  fingerprint: string;
}

export interface LoadedMedia {
  /** By asset id; null for an asset that is neither an image nor a video. */
  media: ReadonlyMap<string, SceneMediaFile | null>;
  /** The brand logo, drawn into every still (a missing or unreadable one is skipped, not fatal). */
  logo: BrandLogo | null;
}

/** A scene's media file, or null. */
export function sceneMediaFile(media: LoadedMedia['media'], scene: Scene): SceneMediaFile | null {
  return scene.media ? (media.get(scene.media.asset_id) ?? null) : null;
}

/** The scenes' media files, resolved and decoded once per asset, and the brand logo. */
export const loadMedia: RenderStep<Record<string, never>, LoadedMedia> = {
  id: 'load-media',
  stage: 'narration',
  weight: 0,
  async run(_input, ctx) {
    const media = new Map<string, SceneMediaFile | null>();
    for (const scene of ctx.storyboard.scenes) {
      const id = scene.media?.asset_id;
      if (!id || media.has(id)) continue;
      const asset = await ctx.resolveAsset(id);
      const kind = asset.mimeType.startsWith('image/') ? 'image' : asset.mimeType.startsWith('video/') ? 'video' : null;
      if (!kind) {
        media.set(id, null);
        continue;
      }
      const info = await stat(asset.path);
      const image = await loadSceneMedia(scene, { resolveAsset: async () => asset, ffmpegPath: ctx.ffmpegPath, tempDir: ctx.workDir, signal: ctx.signal });
      media.set(id, { kind, path: asset.path, mimeType: asset.mimeType, image, fingerprint: `${id}:${info.size}:${info.mtimeMs}` });
    }
    return { media, logo: await loadBrandLogo(ctx.storyboard.brand?.logo_asset_id, ctx.resolveAsset) };
  },
};
