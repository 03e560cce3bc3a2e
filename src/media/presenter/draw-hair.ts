import type { SKRSContext2D } from '@napi-rs/canvas';
import type { AvatarLook, AvatarPalette, HairStyle } from './avatar-look.js';
import { CX, ellipse, fill, HEAD_TOP } from './presenter-design.js';

type HairBackDrawer = (ctx: SKRSContext2D, p: AvatarPalette, w: number) => void;
/** Draws on the path drawHairFront has begun; `w` is the face's half width. */
type HairFrontDrawer = (ctx: SKRSContext2D, look: AvatarLook, p: AvatarPalette, w: number) => void;

/** Hair behind the head (drawn first): the volume of bobs, long hair, buns and puffs. */
export function drawHairBack(ctx: SKRSContext2D, look: AvatarLook, p: AvatarPalette, fw: number): void {
  HAIR_BACK[look.hair]?.(ctx, p, 104 * fw);
}

/** The cap of hair on the head, with a hairline shaped per style. */
export function drawHairFront(ctx: SKRSContext2D, look: AvatarLook, p: AvatarPalette, fw: number): void {
  ctx.beginPath();
  HAIR_FRONT[look.hair](ctx, look, p, 104 * fw);
}

/** Long hair falling in front of the shoulders. */
export function drawLongLocks(ctx: SKRSContext2D, p: AvatarPalette, fw: number): void {
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

// `Record`s over HairStyle: a new style fails the type check until it is drawn (null: nothing behind the head).
const HAIR_BACK: Record<HairStyle, HairBackDrawer | null> = {
  bob: (ctx, p, w) => {
    ctx.beginPath();
    ctx.moveTo(CX, HEAD_TOP - 14);
    ctx.bezierCurveTo(CX + w + 40, HEAD_TOP - 14, CX + w + 34, 330, CX + w + 22, 404);
    ctx.quadraticCurveTo(CX + w - 10, 416, CX + w - 30, 400);
    ctx.lineTo(CX - w + 30, 400);
    ctx.quadraticCurveTo(CX - w + 10, 416, CX - w - 22, 404);
    ctx.bezierCurveTo(CX - w - 34, 330, CX - w - 40, HEAD_TOP - 14, CX, HEAD_TOP - 14);
    fill(ctx, p.hairShade);
  },
  long: (ctx, p, w) => {
    ctx.beginPath();
    ctx.moveTo(CX, HEAD_TOP - 12);
    ctx.bezierCurveTo(CX + w + 44, HEAD_TOP - 12, CX + w + 30, 380, CX + w + 36, 520);
    ctx.lineTo(CX - w - 36, 520);
    ctx.bezierCurveTo(CX - w - 30, 380, CX - w - 44, HEAD_TOP - 12, CX, HEAD_TOP - 12);
    fill(ctx, p.hairShade);
  },
  'afro-puff': (ctx, p, w) => {
    ellipse(ctx, CX, 226, w + 54, 142, p.hairShade);
    ellipse(ctx, CX - 8, 218, w + 40, 130, p.hair);
  },
  curly: (ctx, p, w) => {
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
  },
  bun: (ctx, p, w) => {
    ellipse(ctx, CX + 8, HEAD_TOP - 22, 46, 40, p.hair);
    ellipse(ctx, CX + 16, HEAD_TOP - 28, 22, 16, p.hairShade);
  },
  short: null,
  'side-part': null,
  buzz: null,
};

/** Short hair; side-part adds a swoop from the parting. */
const drawShortHair: HairFrontDrawer = (ctx, look, p, w) => {
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
};

/** Bob and long hair: the cap of hair around the face. */
const drawFallingHair: HairFrontDrawer = (ctx, look, p, w) => {
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
};

const HAIR_FRONT: Record<HairStyle, HairFrontDrawer> = {
  buzz: (ctx, _look, p, w) => {
    ctx.moveTo(CX - w + 2, 262);
    ctx.bezierCurveTo(CX - w, HEAD_TOP + 30, CX - w * 0.6, HEAD_TOP + 2, CX, HEAD_TOP + 2);
    ctx.bezierCurveTo(CX + w * 0.6, HEAD_TOP + 2, CX + w, HEAD_TOP + 30, CX + w - 2, 262);
    ctx.quadraticCurveTo(CX + w - 10, 214, CX + w - 24, 206);
    ctx.quadraticCurveTo(CX, 186, CX - w + 24, 206);
    ctx.quadraticCurveTo(CX - w + 10, 214, CX - w + 2, 262);
    fill(ctx, p.hair);
  },
  short: drawShortHair,
  'side-part': drawShortHair,
  bob: drawFallingHair,
  long: drawFallingHair,
  bun: (ctx, _look, p, w) => {
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
  },
  curly: (ctx, _look, p, w) => {
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
  },
  'afro-puff': (ctx, _look, p, w) => {
    ctx.moveTo(CX - w - 2, 276);
    ctx.bezierCurveTo(CX - w - 6, HEAD_TOP - 64, CX + w + 6, HEAD_TOP - 64, CX + w + 2, 276);
    ctx.quadraticCurveTo(CX + w - 6, 226, CX + w - 34, 214);
    ctx.quadraticCurveTo(CX, 196, CX - w + 34, 214);
    ctx.quadraticCurveTo(CX - w + 6, 226, CX - w - 2, 276);
    fill(ctx, p.hair);
  },
};
