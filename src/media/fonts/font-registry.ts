import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';
import { FONT_FAMILIES, type FontFamily } from './noto-faces.js';
import { rangesInclude, readCmap, type CodePointRanges } from './read-cmap.js';

const require = createRequire(import.meta.url);
const byName = new Map(FONT_FAMILIES.map((f) => [f.family.toLowerCase(), f]));
const coverageCache = new Map<string, CodePointRanges>();
const registered = new Set<string>();

export function fontFamily(name: string): FontFamily | null {
  return byName.get(name.trim().replace(/^["']|["']$/g, '').toLowerCase()) ?? null;
}

/** Absolute paths of a family's TTF files, found through its npm package. */
export function familyFiles(name: string): string[] {
  const family = fontFamily(name);
  if (!family) throw new Error(`Unknown font family ${name}`);
  const root = dirname(require.resolve(`${family.packageName}/package.json`));
  return family.faces.map((face) => join(root, face, `${family.stem}_${face}.ttf`));
}

/** The code points a family draws (read from its regular face once per process). */
export function familyCoverage(name: string): CodePointRanges {
  const key = name.toLowerCase();
  let ranges = coverageCache.get(key);
  if (!ranges) {
    ranges = readCmap(readFileSync(familyFiles(name)[0]!));
    coverageCache.set(key, ranges);
  }
  return ranges;
}

export function familyCovers(name: string, codePoint: number): boolean {
  return rangesInclude(familyCoverage(name), codePoint);
}

/** Registers a family's faces with @napi-rs/canvas the first time something is drawn with it (CJK faces are 5–10 MB each). */
export function registerFamily(name: string): void {
  const key = name.toLowerCase();
  if (registered.has(key)) return;
  for (const file of familyFiles(name)) {
    if (!GlobalFonts.registerFromPath(file)) throw new Error(`Cannot load bundled font ${file}`);
  }
  registered.add(key);
}
