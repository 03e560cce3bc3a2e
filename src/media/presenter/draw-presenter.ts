import type { SKRSContext2D } from '@napi-rs/canvas';
import type { AvatarLook } from './avatar-look.js';
import { drawBeard, drawBrows, drawCheeks, drawEars, drawEyes, drawFace, drawGlasses, drawNeck, drawNose } from './draw-face.js';
import { drawHairBack, drawHairFront, drawLongLocks } from './draw-hair.js';
import { drawMouth } from './draw-mouth.js';
import { drawBody } from './draw-outfit.js';
import type { PresenterBox } from './presenter-box.js';
import { BODY_LIFT, CX, DESIGN_HEIGHT, DESIGN_WIDTH, HEAD_H, PIVOT_Y } from './presenter-design.js';
import type { PresenterPose } from './presenter-pose.js';

export { DESIGN_HEIGHT, DESIGN_WIDTH } from './presenter-design.js';

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
