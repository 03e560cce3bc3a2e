import type { SKRSContext2D } from '@napi-rs/canvas';

// The design space of the drawn presenter and the small helpers every part of the drawing uses.

/** The drawing is designed in a 600×700 space (a bust: head and shoulders), scaled to fit the box. */
export const DESIGN_WIDTH = 600;
export const DESIGN_HEIGHT = 700;

export const CX = 300;
export const HEAD_TOP = 150;
export const EYE_Y = 292;
export const MOUTH_Y = 374;
export const CHIN_Y = 414;
/** The head turns about the top of the neck. */
export const PIVOT_Y = 430;
/** Pose offsets are fractions of the head's height. */
export const HEAD_H = CHIN_Y - HEAD_TOP;
/** The body is drawn in its own coordinates and raised by this much (a shorter neck reads friendlier). */
export const BODY_LIFT = 40;

/** Lashes, glasses and a bearded mouth's line: the drawing's near-black. */
export const INK = '#2b2024';

export function fill(ctx: SKRSContext2D, color: string): void {
  ctx.fillStyle = color;
  ctx.fill();
}

export function ellipse(ctx: SKRSContext2D, x: number, y: number, rx: number, ry: number, color: string, rotation = 0): void {
  ctx.beginPath();
  ctx.ellipse(x, y, rx, ry, rotation, 0, Math.PI * 2);
  fill(ctx, color);
}

const mixCache = new Map<string, string>();

/** Mixes two #rrggbb colours (cached: the same few pairs come up every frame). */
export function mix(a: string, b: string, k: number): string {
  const key = `${a}${b}${k}`;
  const hit = mixCache.get(key);
  if (hit) return hit;
  const pa = parseInt(a.slice(1, 7), 16);
  const pb = parseInt(b.slice(1, 7), 16);
  const channel = (shift: number) => Math.round(((pa >> shift) & 255) * (1 - k) + ((pb >> shift) & 255) * k);
  const out = `#${((channel(16) << 16) | (channel(8) << 8) | channel(0)).toString(16).padStart(6, '0')}`;
  mixCache.set(key, out);
  return out;
}
