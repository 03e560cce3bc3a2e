import type { SKRSContext2D } from '@napi-rs/canvas';
import type { AvatarLook, AvatarPalette } from './avatar-look.js';
import type { MouthShape } from './mouth-cues.js';
import type { PresenterPose } from './presenter-pose.js';
import type { PresenterBox } from './presenter-box.js';

/** The drawing is designed in a 600×700 space (a bust: head and shoulders), scaled to fit the box. */
export const DESIGN_WIDTH = 600;
export const DESIGN_HEIGHT = 700;

const CX = 300;
const HEAD_TOP = 150;
const EYE_Y = 292;
const MOUTH_Y = 374;
const CHIN_Y = 414;
/** The head turns about the top of the neck. */
const PIVOT_Y = 430;
/** Pose offsets are fractions of the head's height. */
const HEAD_H = CHIN_Y - HEAD_TOP;
/** The body is drawn in its own coordinates and raised by this much (a shorter neck reads friendlier). */
const BODY_LIFT = 40;

const MOUTH_INSIDE = '#4a1a22';
const TEETH = '#fbfaf7';
const TONGUE = '#d9606a';
const INK = '#2b2024';

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

/**
 * Draws the presenter (a flat-illustration bust) for one pose, scaled to fit `box` (bottom-aligned,
 * centred) and clipped to it; nothing else on the canvas is touched. Only paths and flat fills (no blur,
 * no images): it runs for every frame.
 */
export function drawPresenter(ctx: SKRSContext2D, look: AvatarLook, pose: PresenterPose, box: PresenterBox): void {
  if (!(box.width > 0 && box.height > 0)) return;
  const scale = Math.min(box.width / DESIGN_WIDTH, box.height / DESIGN_HEIGHT);
  const p = look.palette;
  const fw = look.faceWidth;
  ctx.save();
  ctx.beginPath();
  ctx.rect(box.x, box.y, box.width, box.height);
  ctx.clip();
  ctx.translate(box.x + (box.width - DESIGN_WIDTH * scale) / 2, box.y + box.height - DESIGN_HEIGHT * scale);
  ctx.scale(scale, scale);
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';

  const headDx = pose.headX * HEAD_H;
  const headDy = pose.headY * HEAD_H;
  const bodyDy = pose.shoulderY * HEAD_H;

  // Behind everything: the back of the hair, moving with the head.
  withHead(ctx, pose, headDx, headDy, () => drawHairBack(ctx, look, p, fw));

  // Neck (follows the head a little) and body.
  drawNeck(ctx, p, headDx * 0.4, bodyDy - BODY_LIFT);
  ctx.save();
  ctx.translate(0, bodyDy - BODY_LIFT);
  drawBody(ctx, look, p);
  ctx.restore();

  withHead(ctx, pose, headDx, headDy, () => {
    if (look.hair === 'long') drawLongLocks(ctx, p, fw);
    drawEars(ctx, p, fw);
    drawFace(ctx, p, fw);
    if (look.beard !== 'none') drawBeard(ctx, look, p, fw);
    drawEyes(ctx, p, pose, fw);
    drawBrows(ctx, p, pose, fw, look.gender);
    drawNose(ctx, p);
    drawCheeks(ctx, p, fw);
    drawMouth(ctx, p, pose.mouth, look.beard === 'full');
    drawHairFront(ctx, look, p, fw);
    if (look.glasses) drawGlasses(ctx, fw);
  });
  ctx.restore();
}

function withHead(ctx: SKRSContext2D, pose: PresenterPose, dx: number, dy: number, draw: () => void): void {
  ctx.save();
  ctx.translate(CX + dx, PIVOT_Y + dy);
  ctx.rotate(pose.headTilt);
  ctx.translate(-CX, -PIVOT_Y);
  draw();
  ctx.restore();
}

function fill(ctx: SKRSContext2D, color: string): void {
  ctx.fillStyle = color;
  ctx.fill();
}

function ellipse(ctx: SKRSContext2D, x: number, y: number, rx: number, ry: number, color: string, rotation = 0): void {
  ctx.beginPath();
  ctx.ellipse(x, y, rx, ry, rotation, 0, Math.PI * 2);
  fill(ctx, color);
}

/** The face outline: a rounded cranium, full cheeks and a soft chin. */
function facePath(ctx: SKRSContext2D, fw: number): void {
  const w = 104 * fw;
  ctx.beginPath();
  ctx.moveTo(CX, HEAD_TOP + 8);
  ctx.bezierCurveTo(CX + w * 0.62, HEAD_TOP + 8, CX + w, HEAD_TOP + 62, CX + w, 282);
  ctx.bezierCurveTo(CX + w, 338, CX + w * 0.72, 398, CX, CHIN_Y);
  ctx.bezierCurveTo(CX - w * 0.72, 398, CX - w, 338, CX - w, 282);
  ctx.bezierCurveTo(CX - w, HEAD_TOP + 62, CX - w * 0.62, HEAD_TOP + 8, CX, HEAD_TOP + 8);
  ctx.closePath();
}

function drawFace(ctx: SKRSContext2D, p: AvatarPalette, fw: number): void {
  facePath(ctx, fw);
  fill(ctx, p.skin);
}

function drawEars(ctx: SKRSContext2D, p: AvatarPalette, fw: number): void {
  const x = 100 * fw;
  for (const side of [-1, 1]) {
    ellipse(ctx, CX + side * x, 300, 17, 27, p.skin, side * -0.15);
    ellipse(ctx, CX + side * (x + 3), 302, 8, 15, p.skinShade, side * -0.15);
  }
}

function drawNeck(ctx: SKRSContext2D, p: AvatarPalette, dx: number, bodyDy: number): void {
  ctx.beginPath();
  ctx.moveTo(CX - 40 + dx, 370);
  ctx.lineTo(CX + 40 + dx, 370);
  ctx.lineTo(CX + 46, 520 + bodyDy);
  ctx.lineTo(CX - 46, 520 + bodyDy);
  ctx.closePath();
  fill(ctx, p.skin);
  // The shadow the chin casts on the neck.
  ctx.beginPath();
  ctx.moveTo(CX - 41 + dx, 380);
  ctx.quadraticCurveTo(CX + dx, 440, CX + 41 + dx, 380);
  ctx.lineTo(CX + 41 + dx, 400);
  ctx.quadraticCurveTo(CX + dx, 460, CX - 41 + dx, 400);
  ctx.closePath();
  fill(ctx, p.skinShade);
}

function bodyPath(ctx: SKRSContext2D): void {
  ctx.beginPath();
  ctx.moveTo(18, DESIGN_HEIGHT + BODY_LIFT + 40);
  ctx.bezierCurveTo(18, 610, 58, 552, 165, 530);
  ctx.lineTo(CX - 52, 500);
  ctx.lineTo(CX + 52, 500);
  ctx.lineTo(435, 530);
  ctx.bezierCurveTo(542, 552, 582, 610, 582, DESIGN_HEIGHT + BODY_LIFT + 40);
  ctx.closePath();
}

function drawBody(ctx: SKRSContext2D, look: AvatarLook, p: AvatarPalette): void {
  bodyPath(ctx);
  fill(ctx, p.top);
  // Arms read as slightly darker bands at the sides.
  for (const side of [-1, 1]) {
    ctx.beginPath();
    ctx.moveTo(CX + side * 205, DESIGN_HEIGHT + BODY_LIFT + 40);
    ctx.quadraticCurveTo(CX + side * 200, 610, CX + side * 185, 570);
    ctx.lineWidth = 4;
    ctx.strokeStyle = p.topShade;
    ctx.stroke();
  }

  switch (look.outfit) {
    case 'blazer': {
      // Shirt in the V, then lapels.
      ctx.beginPath();
      ctx.moveTo(CX - 56, 500);
      ctx.lineTo(CX + 56, 500);
      ctx.lineTo(CX, 640);
      ctx.closePath();
      fill(ctx, p.under);
      for (const side of [-1, 1]) {
        ctx.beginPath();
        ctx.moveTo(CX + side * 54, 498);
        ctx.lineTo(CX + side * 98, 540);
        ctx.lineTo(CX + side * 70, 556);
        ctx.lineTo(CX + side * 88, 572);
        ctx.lineTo(CX + side * 4, 668);
        ctx.lineTo(CX + side * 2, 640);
        ctx.closePath();
        fill(ctx, p.topShade);
      }
      ellipse(ctx, CX, 686, 6, 6, p.accent);
      break;
    }
    case 'shirt': {
      ctx.beginPath();
      ctx.moveTo(CX, 540);
      ctx.lineTo(CX, DESIGN_HEIGHT + BODY_LIFT);
      ctx.lineWidth = 3;
      ctx.strokeStyle = p.topShade;
      ctx.stroke();
      for (const y of [585, 640, 695]) ellipse(ctx, CX + 9, y, 4.5, 4.5, p.accent);
      // Open collar: a small V of skin, collar points over it.
      ctx.beginPath();
      // Starts above the body's top edge, so no sliver of shirt shows across the neck.
      ctx.moveTo(CX - 44, 494);
      ctx.lineTo(CX + 44, 494);
      ctx.lineTo(CX, 552);
      ctx.closePath();
      fill(ctx, p.skin);
      for (const side of [-1, 1]) {
        ctx.beginPath();
        ctx.moveTo(CX + side * 50, 496);
        ctx.lineTo(CX + side * 66, 512);
        ctx.lineTo(CX + side * 40, 566);
        ctx.lineTo(CX + side * 2, 552);
        ctx.closePath();
        fill(ctx, p.under);
      }
      break;
    }
    case 'sweater': {
      ctx.beginPath();
      ctx.moveTo(CX - 62, 500);
      ctx.quadraticCurveTo(CX, 566, CX + 62, 500);
      ctx.lineWidth = 14;
      ctx.strokeStyle = p.topShade;
      ctx.stroke();
      if (p.under !== p.top) {
        // A collar peeking out of the neckline.
        for (const side of [-1, 1]) {
          ctx.beginPath();
          ctx.moveTo(CX + side * 44, 504);
          ctx.lineTo(CX + side * 30, 540);
          ctx.lineTo(CX, 530);
          ctx.closePath();
          fill(ctx, p.under);
        }
      }
      break;
    }
    case 'hoodie': {
      // The hood lying around the neck, and its strings.
      ctx.beginPath();
      ctx.moveTo(CX - 92, 520);
      ctx.quadraticCurveTo(CX - 70, 478, CX, 480);
      ctx.quadraticCurveTo(CX + 70, 478, CX + 92, 520);
      ctx.quadraticCurveTo(CX, 600, CX - 92, 520);
      ctx.closePath();
      fill(ctx, p.topShade);
      ctx.beginPath();
      ctx.moveTo(CX - 50, 500);
      ctx.quadraticCurveTo(CX, 560, CX + 50, 500);
      ctx.closePath();
      fill(ctx, p.skin);
      ctx.lineWidth = 5;
      ctx.strokeStyle = p.accent;
      for (const side of [-1, 1]) {
        ctx.beginPath();
        ctx.moveTo(CX + side * 22, 556);
        ctx.quadraticCurveTo(CX + side * 28, 600, CX + side * 22, 640);
        ctx.stroke();
      }
      break;
    }
    case 'turtleneck': {
      ctx.beginPath();
      ctx.moveTo(CX - 50, 440);
      ctx.lineTo(CX + 50, 440);
      ctx.lineTo(CX + 58, 520);
      ctx.quadraticCurveTo(CX, 540, CX - 58, 520);
      ctx.closePath();
      fill(ctx, p.topShade);
      ctx.lineWidth = 3;
      ctx.strokeStyle = p.top;
      for (const y of [462, 484, 506]) {
        ctx.beginPath();
        ctx.moveTo(CX - 50, y);
        ctx.quadraticCurveTo(CX, y + 10, CX + 50, y);
        ctx.stroke();
      }
      break;
    }
  }
}

function drawEyes(ctx: SKRSContext2D, p: AvatarPalette, pose: PresenterPose, fw: number): void {
  const dx = 42 * fw;
  const blink = Math.min(1, Math.max(0, pose.blink));
  for (const side of [-1, 1]) {
    const x = CX + side * dx;
    if (blink > 0.9) {
      // Closed: a soft downward arc of lashes.
      ctx.beginPath();
      ctx.moveTo(x - 16, EYE_Y);
      ctx.quadraticCurveTo(x, EYE_Y + 7, x + 16, EYE_Y);
      ctx.lineWidth = 4;
      ctx.strokeStyle = INK;
      ctx.stroke();
      continue;
    }
    ctx.save();
    ctx.beginPath();
    ctx.ellipse(x, EYE_Y, 16, 12, 0, 0, Math.PI * 2);
    ctx.fillStyle = '#ffffff';
    ctx.fill();
    ctx.clip();
    const ix = x + pose.gazeX * 5;
    const iy = EYE_Y + 1 + pose.gazeY * 3;
    ellipse(ctx, ix, iy, 10, 10, p.iris);
    ellipse(ctx, ix, iy, 5, 5, '#140e10');
    ellipse(ctx, ix + 3.5, iy - 3.5, 2.8, 2.8, '#ffffff');
    if (blink > 0) {
      // The upper lid comes down over the eye.
      const lid = EYE_Y - 14 + 26 * blink;
      ctx.beginPath();
      ctx.moveTo(x - 18, EYE_Y - 14);
      ctx.lineTo(x + 18, EYE_Y - 14);
      ctx.lineTo(x + 18, lid - 4);
      ctx.quadraticCurveTo(x, lid + 6, x - 18, lid - 4);
      ctx.closePath();
      fill(ctx, p.skin);
    }
    ctx.restore();
    // Upper lash line, following the lid.
    const lidY = EYE_Y - 12 + 24 * blink;
    ctx.beginPath();
    ctx.moveTo(x - 17, EYE_Y + 1);
    ctx.quadraticCurveTo(x, lidY - 6 * (1 - blink), x + 17, EYE_Y + 1);
    ctx.lineWidth = 3.5;
    ctx.strokeStyle = INK;
    ctx.stroke();
  }
}

function drawBrows(ctx: SKRSContext2D, p: AvatarPalette, pose: PresenterPose, fw: number, gender: AvatarLook['gender']): void {
  const lift = 7 * Math.min(1, Math.max(0, pose.browRaise));
  const y = 258 - lift;
  ctx.lineWidth = gender === 'male' ? 8 : 6;
  ctx.strokeStyle = p.brows;
  for (const side of [-1, 1]) {
    const x = CX + side * 43 * fw;
    ctx.beginPath();
    ctx.moveTo(x - side * 20, y + 4);
    ctx.quadraticCurveTo(x, y - 8, x + side * 22, y + 2);
    ctx.stroke();
  }
}

function drawNose(ctx: SKRSContext2D, p: AvatarPalette): void {
  ctx.beginPath();
  ctx.moveTo(CX + 4, 300);
  ctx.quadraticCurveTo(CX + 12, 330, CX + 8, 340);
  ctx.quadraticCurveTo(CX, 346, CX - 8, 341);
  ctx.lineWidth = 4;
  ctx.strokeStyle = p.skinShade;
  ctx.stroke();
}

function drawCheeks(ctx: SKRSContext2D, p: AvatarPalette, fw: number): void {
  ctx.globalAlpha = 0.22;
  for (const side of [-1, 1]) ellipse(ctx, CX + side * 64 * fw, 338, 19, 11, p.lips);
  ctx.globalAlpha = 1;
}

function drawMouth(ctx: SKRSContext2D, p: AvatarPalette, shape: MouthShape, bearded: boolean): void {
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

const mixCache = new Map<string, string>();

/** Mixes two #rrggbb colours (cached: the same few pairs come up every frame). */
function mix(a: string, b: string, k: number): string {
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

function drawBeard(ctx: SKRSContext2D, look: AvatarLook, p: AvatarPalette, fw: number): void {
  const w = 104 * fw;
  // The jaw is the face outline's lower curves; the top edge runs under the cheekbones to the moustache.
  // (Built as one path instead of clipping to the face: a clip costs more than the rest of the head.)
  ctx.save();
  ctx.beginPath();
  ctx.moveTo(CX + w, 282);
  ctx.bezierCurveTo(CX + w, 338, CX + w * 0.72, 398, CX, CHIN_Y);
  ctx.bezierCurveTo(CX - w * 0.72, 398, CX - w, 338, CX - w, 282);
  ctx.bezierCurveTo(CX - w + 18, 336, CX - 50, 350, CX - 34, 360);
  ctx.quadraticCurveTo(CX, 348, CX + 34, 360);
  ctx.bezierCurveTo(CX + 50, 350, CX + w - 18, 336, CX + w, 282);
  ctx.closePath();
  if (look.beard === 'stubble') {
    ctx.globalAlpha = 0.28;
    fill(ctx, p.hair);
    ctx.globalAlpha = 1;
  } else {
    fill(ctx, p.hair);
    // Moustache.
    ctx.beginPath();
    ctx.moveTo(CX - 34, 364);
    ctx.quadraticCurveTo(CX, 346, CX + 34, 364);
    ctx.quadraticCurveTo(CX, 356, CX - 34, 364);
    fill(ctx, p.hairShade);
    // Lips show through: a skin patch where the mouth moves.
    ellipse(ctx, CX, MOUTH_Y + 5, 27, 15, mix(p.lips, p.skin, 0.45));
  }
  ctx.restore();
}

function drawGlasses(ctx: SKRSContext2D, fw: number): void {
  const dx = 42 * fw;
  ctx.lineWidth = 4.5;
  ctx.strokeStyle = INK;
  for (const side of [-1, 1]) {
    ctx.beginPath();
    ctx.roundRect(CX + side * dx - 27, EYE_Y - 20, 54, 40, 14);
    ctx.stroke();
  }
  ctx.beginPath();
  ctx.moveTo(CX - dx + 27, EYE_Y - 4);
  ctx.quadraticCurveTo(CX, EYE_Y - 12, CX + dx - 27, EYE_Y - 4);
  ctx.stroke();
  for (const side of [-1, 1]) {
    ctx.beginPath();
    ctx.moveTo(CX + side * (dx + 27), EYE_Y - 6);
    ctx.lineTo(CX + side * 100 * fw, EYE_Y - 10);
    ctx.stroke();
  }
}

/** Hair behind the head (drawn first): the volume of bobs, long hair, buns and puffs. */
function drawHairBack(ctx: SKRSContext2D, look: AvatarLook, p: AvatarPalette, fw: number): void {
  const w = 104 * fw;
  switch (look.hair) {
    case 'bob': {
      ctx.beginPath();
      ctx.moveTo(CX, HEAD_TOP - 14);
      ctx.bezierCurveTo(CX + w + 40, HEAD_TOP - 14, CX + w + 34, 330, CX + w + 22, 404);
      ctx.quadraticCurveTo(CX + w - 10, 416, CX + w - 30, 400);
      ctx.lineTo(CX - w + 30, 400);
      ctx.quadraticCurveTo(CX - w + 10, 416, CX - w - 22, 404);
      ctx.bezierCurveTo(CX - w - 34, 330, CX - w - 40, HEAD_TOP - 14, CX, HEAD_TOP - 14);
      fill(ctx, p.hairShade);
      break;
    }
    case 'long': {
      ctx.beginPath();
      ctx.moveTo(CX, HEAD_TOP - 12);
      ctx.bezierCurveTo(CX + w + 44, HEAD_TOP - 12, CX + w + 30, 380, CX + w + 36, 520);
      ctx.lineTo(CX - w - 36, 520);
      ctx.bezierCurveTo(CX - w - 30, 380, CX - w - 44, HEAD_TOP - 12, CX, HEAD_TOP - 12);
      fill(ctx, p.hairShade);
      break;
    }
    case 'afro-puff': {
      ellipse(ctx, CX, 226, w + 54, 142, p.hairShade);
      ellipse(ctx, CX - 8, 218, w + 40, 130, p.hair);
      break;
    }
    case 'curly': {
      ctx.fillStyle = p.hairShade;
      ctx.beginPath();
      for (let i = 0; i < 11; i++) {
        const a = Math.PI * (0.95 + (i / 10) * 1.1);
        const r = 26 + (i % 3) * 4;
        ctx.moveTo(CX + Math.cos(a) * (w + 14) + r, 272 + Math.sin(a) * 128);
        ctx.arc(CX + Math.cos(a) * (w + 14), 272 + Math.sin(a) * 128, r, 0, Math.PI * 2);
      }
      for (const side of [-1, 1]) {
        ctx.moveTo(CX + side * (w + 8) + 24, 330);
        ctx.arc(CX + side * (w + 8), 330, 24, 0, Math.PI * 2);
      }
      ctx.fill();
      break;
    }
    case 'bun': {
      ellipse(ctx, CX + 8, HEAD_TOP - 22, 46, 40, p.hair);
      ellipse(ctx, CX + 16, HEAD_TOP - 28, 22, 16, p.hairShade);
      break;
    }
    default:
      break;
  }
}

/** Long hair falling in front of the shoulders. */
function drawLongLocks(ctx: SKRSContext2D, p: AvatarPalette, fw: number): void {
  const w = 104 * fw;
  for (const side of [-1, 1]) {
    ctx.beginPath();
    ctx.moveTo(CX + side * (w - 6), 250);
    ctx.bezierCurveTo(CX + side * (w + 36), 320, CX + side * (w + 30), 460, CX + side * (w + 48), 580);
    ctx.quadraticCurveTo(CX + side * (w + 10), 596, CX + side * (w - 22), 566);
    ctx.bezierCurveTo(CX + side * (w - 4), 480, CX + side * (w - 6), 380, CX + side * (w - 20), 300);
    ctx.closePath();
    fill(ctx, p.hair);
  }
}

/** The cap of hair on the head, with a hairline shaped per style. */
function drawHairFront(ctx: SKRSContext2D, look: AvatarLook, p: AvatarPalette, fw: number): void {
  const w = 104 * fw;
  ctx.beginPath();
  switch (look.hair) {
    case 'buzz': {
      ctx.moveTo(CX - w + 2, 262);
      ctx.bezierCurveTo(CX - w, HEAD_TOP + 30, CX - w * 0.6, HEAD_TOP + 2, CX, HEAD_TOP + 2);
      ctx.bezierCurveTo(CX + w * 0.6, HEAD_TOP + 2, CX + w, HEAD_TOP + 30, CX + w - 2, 262);
      ctx.quadraticCurveTo(CX + w - 10, 214, CX + w - 24, 206);
      ctx.quadraticCurveTo(CX, 186, CX - w + 24, 206);
      ctx.quadraticCurveTo(CX - w + 10, 214, CX - w + 2, 262);
      fill(ctx, p.hair);
      return;
    }
    case 'short':
    case 'side-part': {
      const part = look.hair === 'side-part';
      ctx.moveTo(CX - w - 4, 276);
      ctx.bezierCurveTo(CX - w - 14, HEAD_TOP - 10, CX - w * 0.4, HEAD_TOP - 26, CX + 10, HEAD_TOP - 18);
      ctx.bezierCurveTo(CX + w * 0.8, HEAD_TOP - 14, CX + w + 14, HEAD_TOP + 20, CX + w + 4, 276);
      ctx.quadraticCurveTo(CX + w - 8, 232, CX + w - 18, 214);
      if (part) {
        // A swoop from the parting across the forehead.
        ctx.bezierCurveTo(CX + 40, 226, CX - 20, 200, CX - w * 0.45, 186);
        ctx.quadraticCurveTo(CX - w + 8, 200, CX - w + 6, 240);
      } else {
        ctx.quadraticCurveTo(CX + 30, 190, CX - 10, 204);
        ctx.quadraticCurveTo(CX - 50, 186, CX - w + 16, 212);
        ctx.quadraticCurveTo(CX - w + 6, 236, CX - w + 2, 276);
      }
      ctx.closePath();
      fill(ctx, p.hair);
      if (part) {
        ctx.beginPath();
        ctx.moveTo(CX - w * 0.45, HEAD_TOP - 10);
        ctx.quadraticCurveTo(CX - w * 0.1, 170, CX + w * 0.5, 196);
        ctx.lineWidth = 4;
        ctx.strokeStyle = p.hairShade;
        ctx.stroke();
      }
      return;
    }
    case 'bob':
    case 'long': {
      // Hair parted slightly off-centre, falling to both sides of the face.
      ctx.moveTo(CX - w - 14, 330);
      ctx.bezierCurveTo(CX - w - 26, HEAD_TOP - 4, CX - w * 0.5, HEAD_TOP - 22, CX - 14, HEAD_TOP - 18);
      ctx.bezierCurveTo(CX + w * 0.7, HEAD_TOP - 18, CX + w + 26, HEAD_TOP + 10, CX + w + 14, 330);
      ctx.quadraticCurveTo(CX + w - 6, 280, CX + w - 12, 236);
      ctx.bezierCurveTo(CX + w - 40, 200, CX + 10, 196, CX - 14, HEAD_TOP + 14);
      ctx.bezierCurveTo(CX - 40, 206, CX - w + 20, 210, CX - w + 10, 250);
      ctx.quadraticCurveTo(CX - w + 2, 290, CX - w - 14, 330);
      ctx.closePath();
      fill(ctx, p.hair);
      return;
    }
    case 'bun': {
      ctx.moveTo(CX - w - 2, 268);
      ctx.bezierCurveTo(CX - w - 12, HEAD_TOP - 6, CX - w * 0.4, HEAD_TOP - 16, CX, HEAD_TOP - 14);
      ctx.bezierCurveTo(CX + w * 0.4, HEAD_TOP - 16, CX + w + 12, HEAD_TOP - 6, CX + w + 2, 268);
      ctx.quadraticCurveTo(CX + w - 10, 214, CX + 20, 196);
      ctx.quadraticCurveTo(CX, 190, CX - 20, 196);
      ctx.quadraticCurveTo(CX - w + 10, 214, CX - w - 2, 268);
      fill(ctx, p.hair);
      ctx.beginPath();
      ctx.moveTo(CX, HEAD_TOP - 12);
      ctx.quadraticCurveTo(CX - 20, 176, CX - 60, 200);
      ctx.moveTo(CX, HEAD_TOP - 12);
      ctx.quadraticCurveTo(CX + 20, 176, CX + 60, 200);
      ctx.lineWidth = 3;
      ctx.strokeStyle = p.hairShade;
      ctx.stroke();
      return;
    }
    case 'curly': {
      ctx.fillStyle = p.hair;
      for (let i = 0; i < 9; i++) {
        const a = Math.PI * (1.08 + (i / 8) * 0.84);
        const r = 24 + (i % 2) * 5;
        ctx.moveTo(CX + Math.cos(a) * (w - 4) + r, 262 + Math.sin(a) * 96);
        ctx.arc(CX + Math.cos(a) * (w - 4), 262 + Math.sin(a) * 96, r, 0, Math.PI * 2);
      }
      ctx.moveTo(CX + w * 0.9, 200);
      ctx.ellipse(CX, 196, w * 0.9, 34, 0, 0, Math.PI * 2);
      ctx.fill();
      return;
    }
    case 'afro-puff': {
      ctx.moveTo(CX - w - 2, 276);
      ctx.bezierCurveTo(CX - w - 6, HEAD_TOP - 64, CX + w + 6, HEAD_TOP - 64, CX + w + 2, 276);
      ctx.quadraticCurveTo(CX + w - 6, 226, CX + w - 34, 214);
      ctx.quadraticCurveTo(CX, 196, CX - w + 34, 214);
      ctx.quadraticCurveTo(CX - w + 6, 226, CX - w - 2, 276);
      fill(ctx, p.hair);
      return;
    }
  }
}
