/** The Unicode code points a font maps to glyphs, as sorted ranges [first, last]. */
export type CodePointRanges = readonly (readonly [number, number])[];

/**
 * Reads a TrueType/OpenType font's `cmap` table (formats 4 and 12, the Unicode subtables every font we
 * ship has). A small parser of our own: the only question we ask a font is "do you have this character".
 */
export function readCmap(font: Uint8Array): CodePointRanges {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = view.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) {
    const record = 12 + i * 16;
    if (String.fromCharCode(font[record]!, font[record + 1]!, font[record + 2]!, font[record + 3]!) === 'cmap') cmap = view.getUint32(record + 8);
  }
  if (cmap < 0) throw new Error('The font has no cmap table');
  const subtables = view.getUint16(cmap + 2);
  let best: { offset: number; format: number } | null = null;
  for (let i = 0; i < subtables; i++) {
    const platform = view.getUint16(cmap + 4 + i * 8);
    const encoding = view.getUint16(cmap + 6 + i * 8);
    const offset = cmap + view.getUint32(cmap + 8 + i * 8);
    const format = view.getUint16(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode || (format !== 4 && format !== 12)) continue;
    // Format 12 reaches beyond the BMP: prefer it.
    if (!best || (format === 12 && best.format === 4)) best = { offset, format };
  }
  if (!best) throw new Error('The font has no Unicode cmap subtable');
  return best.format === 12 ? format12(view, best.offset) : format4(view, best.offset);
}

function format12(view: DataView, offset: number): CodePointRanges {
  const groups = view.getUint32(offset + 12);
  const ranges: [number, number][] = [];
  for (let i = 0; i < groups; i++) {
    const at = offset + 16 + i * 12;
    ranges.push([view.getUint32(at), view.getUint32(at + 4)]);
  }
  return merge(ranges);
}

function format4(view: DataView, offset: number): CodePointRanges {
  const segments = view.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  const ranges: [number, number][] = [];
  for (let s = 0; s < segments; s++) {
    const end = view.getUint16(ends + s * 2);
    const start = view.getUint16(starts + s * 2);
    if (start === 0xffff) continue;
    const delta = view.getUint16(deltas + s * 2);
    const rangeOffset = view.getUint16(rangeOffsets + s * 2);
    for (let c = start; c <= end; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const at = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
        const raw = view.getUint16(at);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph === 0) continue;
      const last = ranges[ranges.length - 1];
      if (last && last[1] === c - 1) last[1] = c;
      else ranges.push([c, c]);
    }
  }
  return merge(ranges);
}

function merge(ranges: [number, number][]): CodePointRanges {
  ranges.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [a, b] of ranges) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** Binary search in sorted ranges. */
export function rangesInclude(ranges: CodePointRanges, codePoint: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = ranges[mid]!;
    if (codePoint < a) hi = mid - 1;
    else if (codePoint > b) lo = mid + 1;
    else return true;
  }
  return false;
}
