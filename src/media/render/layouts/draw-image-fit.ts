import type { Image, SKRSContext2D } from '@napi-rs/canvas';
import type { MediaView } from '../scene-drawing.js';
import type { Box } from '../scene-geometry.js';
import { roundedRect } from './text-blocks.js';

/** Draws `image` fitted into `box` (cover or contain), clipped to its rounded corners, as `view` shows it. */
export function drawImageFit(ctx: SKRSContext2D, image: Image, box: Box, fit: 'cover' | 'contain', radius: number, backdrop: string | null, view?: MediaView): void {
  const scale = fit === 'cover' ? Math.max(box.width / image.width, box.height / image.height) : Math.min(box.width / image.width, box.height / image.height);
  const w = image.width * scale;
  const h = image.height * scale;
  ctx.save();
  roundedRect(ctx, box, radius);
  ctx.clip();
  if (backdrop) {
    ctx.fillStyle = backdrop;
    ctx.fillRect(box.x, box.y, box.width, box.height);
  }
  if (view && view.zoom !== 1) {
    // As ffmpeg's zoompan: the box shows a window 1/zoom of its size, placed within the room that leaves.
    const windowX = (box.width - box.width / view.zoom) * view.x;
    const windowY = (box.height - box.height / view.zoom) * view.y;
    ctx.translate(box.x, box.y);
    ctx.scale(view.zoom, view.zoom);
    ctx.translate(-windowX - box.x, -windowY - box.y);
  }
  ctx.drawImage(image, box.x + (box.width - w) / 2, box.y + (box.height - h) / 2, w, h);
  ctx.restore();
}
