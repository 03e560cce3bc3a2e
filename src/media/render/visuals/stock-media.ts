import { stat } from 'node:fs/promises';
import type { Scene, SceneMedia, Storyboard } from '../../../storyboard/index.js';
import type { ResolveAsset } from '../load-scene-media.js';

/**
 * Where stock clips, stock photos and generated images are kept (VisualMediaCache satisfies it): the file of an
 * item by provider and id, and a download from its `file_url` when the file is not there (another machine, an
 * emptied cache).
 */
export interface VisualMediaSource {
  pathFor(provider: string, id: string, extension: string): string;
  fetch(item: { provider: string; id: string; fileUrl: string; kind: 'video' | 'image' }, signal: AbortSignal): Promise<string>;
}

/** Asset ids the renderer gives a scene's stock or generated picture (never an id of the asset store). */
const PREFIX = 'visual:';

export function isVisualAsset(assetId: string): boolean {
  return assetId.startsWith(PREFIX);
}

/** A scene drawn full-bleed from a provider's file: stock footage, a stock photo, a generated image. */
export function isStockScene(scene: Scene): boolean {
  const kind = scene.visual?.kind;
  return !scene.media && scene.visual?.source !== undefined && (kind === 'stock_video' || kind === 'stock_image' || kind === 'generated_image');
}

/** Stills get a slow Ken Burns move, varied from scene to scene; clips play as they are. */
const STILL_MOTIONS: readonly SceneMedia['motion'][] = ['zoom_in', 'pan', 'zoom_out'];

export interface StockMedia {
  /** The storyboard as drawn: each stock scene whose file is at hand is a full-bleed media scene. */
  storyboard: Storyboard;
  /** Resolves the stock scenes' asset ids to their files, and every other id as `resolveAsset` does. */
  resolveAsset: ResolveAsset;
}

/**
 * Turns each scene whose visual is a stock clip, a stock photo or a generated image (and which has no media of
 * the user's) into a full-bleed media scene over that file, found in `source` (downloaded again from its
 * `file_url` if it is missing). The file then goes the way of the user's media: cover, Ken Burns for stills,
 * a clip looped to the scene's length; `isVisualAsset` tells the soundtrack to leave the clip's sound out.
 * A scene whose file cannot be had keeps its layout (drawn without the picture): a picture never fails a render.
 */
export async function withStockMedia(storyboard: Storyboard, resolveAsset: ResolveAsset, source: VisualMediaSource | undefined, signal?: AbortSignal): Promise<StockMedia> {
  const files = new Map<string, { path: string; mimeType: string }>();
  let stills = 0;
  const scenes: Scene[] = [];
  for (const scene of storyboard.scenes) {
    const file = source && isStockScene(scene) ? await stockFile(scene, source, signal) : null;
    if (!file) {
      scenes.push(scene);
      continue;
    }
    const assetId = `${PREFIX}${scene.visual!.source!.provider}:${scene.visual!.source!.id}`;
    files.set(assetId, file);
    const motion = file.mimeType.startsWith('video/') ? 'none' : STILL_MOTIONS[stills++ % STILL_MOTIONS.length]!;
    scenes.push({ ...scene, layout: 'media', media: { asset_id: assetId, fit: 'cover', motion } });
  }
  if (files.size === 0) return { storyboard, resolveAsset };
  return {
    storyboard: { ...storyboard, scenes },
    resolveAsset: async (id) => files.get(id) ?? resolveAsset(id),
  };
}

async function stockFile(scene: Scene, source: VisualMediaSource, signal: AbortSignal | undefined): Promise<{ path: string; mimeType: string } | null> {
  const visual = scene.visual!;
  const { provider, id, file_url: fileUrl } = visual.source!;
  const video = visual.kind === 'stock_video';
  const mimeType = video ? 'video/mp4' : 'image/jpeg';
  const path = source.pathFor(provider, id, video ? 'mp4' : 'img');
  if (await stat(path).then((s) => s.size > 0, () => false)) return { path, mimeType };
  if (!fileUrl) return null;
  try {
    return { path: await source.fetch({ provider, id, fileUrl, kind: video ? 'video' : 'image' }, signal ?? new AbortController().signal), mimeType };
  } catch (error) {
    if (signal?.aborted) throw error;
    return null;
  }
}
