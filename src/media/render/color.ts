/** Reads "#RGB", "#RRGGBB" or "#RRGGBBAA" into 0..255 channels and an alpha of 0..1. */
export function parseHexColor(hex: string): { r: number; g: number; b: number; a: number } {
  let value = hex.trim().replace(/^#/, '');
  if (value.length === 3) value = [...value].map((c) => c + c).join('');
  if (!/^[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$/.test(value)) throw new Error(`Not a hex colour: ${hex}`);
  return {
    r: parseInt(value.slice(0, 2), 16),
    g: parseInt(value.slice(2, 4), 16),
    b: parseInt(value.slice(4, 6), 16),
    a: value.length === 8 ? parseInt(value.slice(6, 8), 16) / 255 : 1,
  };
}

/** The colour as a CSS rgba() with its alpha multiplied by `alpha`. */
export function withAlpha(hex: string, alpha: number): string {
  const { r, g, b, a } = parseHexColor(hex);
  return `rgba(${r}, ${g}, ${b}, ${Math.round(a * alpha * 1000) / 1000})`;
}

/** An ASS colour `&HAABBGGRR` (ASS alpha runs the other way: 00 is opaque). */
export function toAssColor(hex: string): string {
  const { r, g, b, a } = parseHexColor(hex);
  const h = (n: number) => n.toString(16).toUpperCase().padStart(2, '0');
  return `&H${h(255 - Math.round(a * 255))}${h(b)}${h(g)}${h(r)}`;
}

/** Relative luminance 0..1, to pick readable text over a colour. */
export function luminance(hex: string): number {
  const { r, g, b } = parseHexColor(hex);
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The "&HBBGGRR&" form that inline ASS colour overrides (\1c) take. */
export function toAssInlineColor(hex: string): string {
  const { r, g, b } = parseHexColor(hex);
  const h = (n: number) => n.toString(16).toUpperCase().padStart(2, '0');
  return `&H${h(b)}${h(g)}${h(r)}&`;
}
