import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** An Iconify JSON icon set as its package ships it (only the fields we read). */
export interface IconSet {
  prefix: string;
  width: number;
  height: number;
  icons: Record<string, { body: string; width?: number; height?: number; hidden?: boolean }>;
  aliases?: Record<string, { parent: string }>;
}

const require = createRequire(import.meta.url);
const loaded = new Map<string, IconSet>();

/** Reads an Iconify JSON set once per process (the Fluent set is ~9 MB of JSON: parsed only when first needed). */
export function loadIconSet(packageName: string): IconSet {
  let set = loaded.get(packageName);
  if (!set) {
    set = JSON.parse(readFileSync(require.resolve(`${packageName}/icons.json`), 'utf8')) as IconSet;
    loaded.set(packageName, set);
  }
  return set;
}

/** Reads another JSON file shipped beside a set (`chars.json`: code points → icon names). */
export function loadIconSetFile<T>(packageName: string, file: string): T {
  return JSON.parse(readFileSync(require.resolve(`${packageName}/${file}`), 'utf8')) as T;
}

/**
 * The icon as a standalone SVG document of the given pixel size, or null when the set has no such icon.
 * `color` replaces `currentColor` (line icons are drawn in the style's colour).
 */
export function iconSvg(set: IconSet, id: string, size: number, color = '#000000'): string | null {
  const name = set.icons[id] ? id : set.aliases?.[id]?.parent;
  const icon = name ? set.icons[name] : undefined;
  if (!icon) return null;
  const width = icon.width ?? set.width;
  const height = icon.height ?? set.height;
  const body = icon.body.replaceAll('currentColor', color);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${width} ${height}">${body}</svg>`;
}
