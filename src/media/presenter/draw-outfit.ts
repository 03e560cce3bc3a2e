import type { SKRSContext2D } from '@napi-rs/canvas';
import type { AvatarLook, AvatarPalette, OutfitStyle } from './avatar-look.js';
import { BODY_LIFT, CX, DESIGN_HEIGHT, ellipse, fill } from './presenter-design.js';

type OutfitDrawer = (ctx: SKRSContext2D, p: AvatarPalette) => void;

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

/** The shoulders and the outfit over them, in the body's own coordinates. */
export function drawBody(ctx: SKRSContext2D, look: AvatarLook, p: AvatarPalette): void {
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
  OUTFITS[look.outfit](ctx, p);
}

/** What each outfit adds over the plain top; a `Record`, so a new outfit fails the type check until drawn. */
const OUTFITS: Record<OutfitStyle, OutfitDrawer> = {
  blazer: (ctx, p) => {
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
  },
  shirt: (ctx, p) => {
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
  },
  sweater: (ctx, p) => {
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
  },
  hoodie: (ctx, p) => {
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
  },
  turtleneck: (ctx, p) => {
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
  },
};
