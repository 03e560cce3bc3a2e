import { stat } from 'node:fs/promises';
import { createCanvas, loadImage, type Canvas, type Image } from '@napi-rs/canvas';
import type { ResolveAsset } from './load-scene-media.js';

/** A decoded brand logo: the image itself, or a smaller copy of a large one. */
export type BrandLogo = Image | Canvas;

/**
 * Logos are drawn at most 240×64 px (at 1080); a larger picture is kept at up to 4× that, so drawing it stays
 * sharp while a 3000 px logo is not decoded and scaled down again for every still and review image.
 */
const KEEP = { width: 960, height: 256 };
const CACHE_SIZE = 8;
/** Decoded logos by file, size and mtime: every review image of a storyboard draws the same one. */
const cache = new Map<string, Promise<BrandLogo | null>>();

async function decode(path: string): Promise<BrandLogo | null> {
  const image = await loadImage(path);
  if (!(image.width > 0 && image.height > 0)) return null;
  const scale = Math.min(KEEP.width / image.width, KEEP.height / image.height);
  if (scale >= 1) return image;
  const small = createCanvas(Math.max(1, Math.round(image.width * scale)), Math.max(1, Math.round(image.height * scale)));
  const ctx = small.getContext('2d');
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(image, 0, 0, small.width, small.height);
  return small;
}

/**
 * The brand logo asset, decoded, or null when there is none or it cannot be used (a missing, unreadable or
 * non-image asset): a logo is decoration, and never worth failing a render or a preview over.
 */
export async function loadBrandLogo(assetId: string | null | undefined, resolveAsset: ResolveAsset): Promise<BrandLogo | null> {
  if (!assetId) return null;
  try {
    const asset = await resolveAsset(assetId);
    if (!asset.mimeType.startsWith('image/')) return null;
    const info = await stat(asset.path);
    const key = `${asset.path}:${info.size}:${info.mtimeMs}`;
    let logo = cache.get(key);
    if (!logo) {
      logo = decode(asset.path).catch(() => null);
      if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
      cache.set(key, logo);
    }
    return await logo;
  } catch {
    return null;
  }
}
