import { createCanvas } from '@napi-rs/canvas';

/** A portrait-shaped PNG with a face-like figure: a stand-in for a user's uploaded photo. */
export function portraitPng(width = 300, height = 400): Buffer {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  const gradient = ctx.createLinearGradient(0, 0, 0, height);
  gradient.addColorStop(0, '#8fb3d9');
  gradient.addColorStop(1, '#2c4a6e');
  ctx.fillStyle = gradient;
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#d9a27c';
  ctx.beginPath();
  ctx.ellipse(width / 2, height * 0.38, width * 0.2, height * 0.18, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#3b2a20';
  ctx.fillRect(width * 0.38, height * 0.34, width * 0.06, height * 0.03);
  ctx.fillRect(width * 0.56, height * 0.34, width * 0.06, height * 0.03);
  ctx.fillStyle = '#7a2f3a';
  ctx.fillRect(width * 0.44, height * 0.46, width * 0.12, height * 0.02);
  return canvas.toBuffer('image/png');
}
