import type { SKRSContext2D } from '@napi-rs/canvas';
import type { AvatarLook, AvatarPalette } from './avatar-look.js';
import type { PresenterPose } from './presenter-pose.js';
import { CHIN_Y, CX, ellipse, EYE_Y, fill, HEAD_TOP, INK, mix, MOUTH_Y } from './presenter-design.js';

// The head's parts, each in the head's coordinates (drawPresenter turns and moves them together).

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

export function drawFace(ctx: SKRSContext2D, p: AvatarPalette, fw: number): void {
  facePath(ctx, fw);
  fill(ctx, p.skin);
}

export function drawEars(ctx: SKRSContext2D, p: AvatarPalette, fw: number): void {
  const x = 100 * fw;
  for (const side of [-1, 1]) {
    ellipse(ctx, CX + side * x, 300, 17, 27, p.skin, side * -0.15);
    ellipse(ctx, CX + side * (x + 3), 302, 8, 15, p.skinShade, side * -0.15);
  }
}

export function drawNeck(ctx: SKRSContext2D, p: AvatarPalette, dx: number, bodyDy: number): void {
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

export function drawEyes(ctx: SKRSContext2D, p: AvatarPalette, pose: PresenterPose, fw: number): void {
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

export function drawBrows(ctx: SKRSContext2D, p: AvatarPalette, pose: PresenterPose, fw: number, gender: AvatarLook['gender']): void {
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

export function drawNose(ctx: SKRSContext2D, p: AvatarPalette): void {
  ctx.beginPath();
  ctx.moveTo(CX + 4, 300);
  ctx.quadraticCurveTo(CX + 12, 330, CX + 8, 340);
  ctx.quadraticCurveTo(CX, 346, CX - 8, 341);
  ctx.lineWidth = 4;
  ctx.strokeStyle = p.skinShade;
  ctx.stroke();
}

export function drawCheeks(ctx: SKRSContext2D, p: AvatarPalette, fw: number): void {
  ctx.globalAlpha = 0.22;
  for (const side of [-1, 1]) ellipse(ctx, CX + side * 64 * fw, 338, 19, 11, p.lips);
  ctx.globalAlpha = 1;
}

export function drawBeard(ctx: SKRSContext2D, look: AvatarLook, p: AvatarPalette, fw: number): void {
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

export function drawGlasses(ctx: SKRSContext2D, fw: number): void {
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
