import type { SKRSContext2D } from '@napi-rs/canvas';
import type { AvatarPalette } from './avatar-look.js';
import type { MouthShape } from './mouth-cues.js';
import { CX, ellipse, fill, INK, mix, MOUTH_Y } from './presenter-design.js';

const MOUTH_INSIDE = '#4a1a22';
const TEETH = '#fbfaf7';
const TONGUE = '#d9606a';

interface MouthGeometry {
  width: number;
  open: number;
  /** 0 flat-bottomed smile shape … 1 round (an O). */
  round: number;
  teethTop: boolean;
  teethBottom: boolean;
  tongue: 'none' | 'low' | 'up';
  /** G: the upper teeth rest on the lower lip. */
  lipBite?: boolean;
}

const MOUTHS: Record<Exclude<MouthShape, 'A' | 'X'>, MouthGeometry> = {
  B: { width: 52, open: 12, round: 0, teethTop: true, teethBottom: true, tongue: 'none' },
  C: { width: 56, open: 22, round: 0.1, teethTop: true, teethBottom: false, tongue: 'low' },
  D: { width: 60, open: 36, round: 0.25, teethTop: true, teethBottom: false, tongue: 'low' },
  E: { width: 44, open: 30, round: 0.7, teethTop: true, teethBottom: false, tongue: 'low' },
  F: { width: 28, open: 22, round: 1, teethTop: false, teethBottom: false, tongue: 'none' },
  G: { width: 52, open: 12, round: 0, teethTop: true, teethBottom: false, tongue: 'none', lipBite: true },
  H: { width: 54, open: 26, round: 0.2, teethTop: true, teethBottom: false, tongue: 'up' },
};

/** The mouth in one of the nine shapes (X at rest); under a beard its line is ink. */
export function drawMouth(ctx: SKRSContext2D, p: AvatarPalette, shape: MouthShape, bearded: boolean): void {
  const y = MOUTH_Y;
  const line = bearded ? INK : darkLip(p);
  if (shape === 'X' || shape === 'A') {
    // Rest is a relaxed closed smile; A presses the lips together (flatter, with a fuller lower lip).
    ctx.beginPath();
    if (shape === 'X') {
      ctx.moveTo(CX - 25, y - 4);
      ctx.quadraticCurveTo(CX, y + 10, CX + 25, y - 4);
      ctx.lineWidth = 5;
    } else {
      ctx.moveTo(CX - 23, y);
      ctx.quadraticCurveTo(CX, y + 3, CX + 23, y);
      ctx.lineWidth = 6.5;
    }
    ctx.strokeStyle = line;
    ctx.stroke();
    ctx.globalAlpha = 0.5;
    ellipse(ctx, CX, y + (shape === 'A' ? 9 : 11), shape === 'A' ? 14 : 11, shape === 'A' ? 4 : 3, p.lips);
    ctx.globalAlpha = 1;
    return;
  }
  const g = MOUTHS[shape];
  const half = g.width / 2;
  // Corners pulled up a little (a friendly mouth); round shapes bring them level.
  const corner = y - 3 * (1 - g.round);
  const top = y - g.open * 0.3;
  const bottom = y + g.open * 0.7;
  // Control points pulled in from the corners: a soft lens, not a box.
  const pinch = 0.72 - g.round * 0.3;
  const upper = (path: SKRSContext2D, dy: number) => {
    path.moveTo(CX - half, corner + dy);
    path.bezierCurveTo(CX - half * pinch, top + dy, CX + half * pinch, top + dy, CX + half, corner + dy);
  };
  const outline = () => {
    ctx.beginPath();
    if (g.round >= 0.99) {
      ctx.ellipse(CX, y + g.open * 0.2, half, g.open / 2, 0, 0, Math.PI * 2);
    } else {
      upper(ctx, 0);
      ctx.bezierCurveTo(CX + half * (0.7 - g.round * 0.2), bottom + g.open * 0.3, CX - half * (0.7 - g.round * 0.2), bottom + g.open * 0.3, CX - half, corner);
      ctx.closePath();
    }
  };
  outline();
  ctx.save();
  ctx.fillStyle = MOUTH_INSIDE;
  ctx.fill();
  ctx.clip();
  if (g.tongue === 'low') ellipse(ctx, CX, bottom + g.open * 0.1, half * 0.62, g.open * 0.32, TONGUE);
  if (g.tongue === 'up') ellipse(ctx, CX, top + g.open * 0.55, half * 0.5, g.open * 0.32, TONGUE);
  if (g.teethTop) {
    // A band of teeth following the upper lip's curve.
    const depth = g.lipBite ? g.open * 0.75 : Math.min(9, g.open * 0.38);
    ctx.beginPath();
    upper(ctx, -6);
    ctx.lineTo(CX + half, corner + depth);
    ctx.bezierCurveTo(CX + half * pinch, top + depth, CX - half * pinch, top + depth, CX - half, corner + depth);
    ctx.closePath();
    fill(ctx, TEETH);
  }
  if (g.teethBottom) {
    ctx.beginPath();
    ctx.rect(CX - half, bottom - Math.min(6, g.open * 0.4), g.width, 12);
    fill(ctx, TEETH);
  }
  ctx.restore();
  // The current path is not part of save/restore: rebuild the outline before stroking it.
  outline();
  ctx.lineWidth = 3;
  ctx.strokeStyle = line;
  ctx.stroke();
  if (g.lipBite) {
    // The lower lip tucked under the upper teeth.
    ctx.beginPath();
    ctx.moveTo(CX - half * 0.75, bottom - 1);
    ctx.quadraticCurveTo(CX, bottom + 7, CX + half * 0.75, bottom - 1);
    ctx.lineWidth = 6;
    ctx.strokeStyle = p.lips;
    ctx.stroke();
  } else {
    // A hint of the lower lip.
    ctx.globalAlpha = 0.5;
    ellipse(ctx, CX, bottom + 6 + g.open * 0.12, half * 0.42, 3.5, p.lips);
    ctx.globalAlpha = 1;
  }
}

function darkLip(p: AvatarPalette): string {
  return mix(p.lips, INK, 0.35);
}
