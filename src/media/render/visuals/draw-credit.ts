import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Scene } from '../../../storyboard/index.js';
import { isVisualAsset } from './stock-media.js';

/**
 * The credit a stock or generated picture asks for ("Video by … on Pexels"), small in the top-left corner over
 * the picture: where the slide header stands on other scenes, clear of the logo (top right) and the captions.
 */
export function drawCredit(ctx: SKRSContext2D, scene: Scene, width: number, height: number, font: string): void {
  const credit = scene.visual?.attribution?.trim();
  if (!credit || !scene.media || !isVisualAsset(scene.media.asset_id)) return;
  const portrait = height > width;
  const unit = Math.min(width, height) / 1080;
  const size = 24 * unit;
  ctx.save();
  ctx.font = `600 ${size}px ${font}`;
  ctx.textBaseline = 'top';
  ctx.textAlign = 'left';
  ctx.fillStyle = 'rgba(255,255,255,0.86)';
  ctx.shadowColor = 'rgba(0,0,0,0.6)';
  ctx.shadowBlur = 8 * unit;
  const x = (portrait ? 84 : 128) * unit;
  const y = (portrait ? 220 : 150) * unit - 64 * unit;
  let text = credit;
  const room = width * 0.5;
  while (text.length > 4 && ctx.measureText(text).width > room) text = `${text.slice(0, -2)}…`;
  ctx.fillText(text, x, y);
  ctx.restore();
}
