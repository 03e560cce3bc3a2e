import { Image } from '@napi-rs/canvas';
import { iconSvg, ILLUSTRATION_PROVIDER, ILLUSTRATION_SET, LINE_ICON_PROVIDER, LINE_ICON_SET, loadIconSet } from '../../../visuals/index.js';

/** Library providers the renderer draws from SVG, and the Iconify package of each. */
const SETS: Record<string, string> = { [ILLUSTRATION_PROVIDER]: ILLUSTRATION_SET, [LINE_ICON_PROVIDER]: LINE_ICON_SET };
/** Decoded images kept (a 60-scene video uses ~60 illustrations and a few dozen icons). */
const MAX_KEPT = 256;
const decoded = new Map<string, Image | null>();

/** Whether `provider` is a library the renderer draws itself (no file to fetch). */
export function isLibraryProvider(provider: string | undefined): boolean {
  return provider !== undefined && provider in SETS;
}

/**
 * A library icon or illustration as a decoded image of `size` pixels (line icons in `color`), or null for an
 * unknown id. Each SVG is decoded once per id, size and colour and kept (least recently used go first): a render
 * draws its stills, its last looks and its chart backgrounds from the same few images.
 */
export function libraryImage(provider: string, id: string, size: number, color = '#000000'): Image | null {
  const set = SETS[provider];
  if (!set) return null;
  const px = Math.max(8, Math.round(size));
  const key = `${provider}:${id}:${px}:${color}`;
  if (decoded.has(key)) {
    const hit = decoded.get(key)!;
    decoded.delete(key);
    decoded.set(key, hit);
    return hit;
  }
  const svg = iconSvg(loadIconSet(set), id, px, color);
  let image: Image | null = null;
  if (svg) {
    image = new Image();
    image.src = Buffer.from(svg);
    if (!(image.width > 0)) image = null;
  }
  decoded.set(key, image);
  if (decoded.size > MAX_KEPT) decoded.delete(decoded.keys().next().value!);
  return image;
}
