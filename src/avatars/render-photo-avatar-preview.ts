import { createCanvas, loadImage, type Image, type SKRSContext2D } from '@napi-rs/canvas';
import { DEFAULT_VOICE_ID } from '../media/tts/index.js';
import type { PhotoAvatar } from './photo-avatar-store.js';
import { drawPhotoAvatar, voiceActivity } from './photo-presenter-layer.js';
import { PREVIEW_SIZE, renderSpeakingPreviewVideo, VIDEO_SIZE, type AvatarPreviewVideoOptions } from './render-avatar-preview.js';

/** The backdrop behind a photo look in its previews. */
const BACKDROP = '#1d2333';

/** A portrait decoded, or null when the bytes are not an image the canvas can read. */
export async function loadPortrait(data: Buffer): Promise<Image | null> {
  try {
    const image = await loadImage(data);
    return image.width > 0 && image.height > 0 ? image : null;
  } catch {
    return null;
  }
}

function drawPreview(ctx: SKRSContext2D, image: Image, size: number, t: number, activity: number): void {
  ctx.fillStyle = BACKDROP;
  ctx.fillRect(0, 0, size, size);
  drawPhotoAvatar(ctx, image, { x: 0, y: 0, width: size, height: size }, t, activity);
}

/** A PNG of the photo look, framed, voice silent. */
export function renderPhotoAvatarPreviewImage(image: Image): Buffer {
  const canvas = createCanvas(PREVIEW_SIZE, PREVIEW_SIZE);
  drawPreview(canvas.getContext('2d'), image, PREVIEW_SIZE, 0, 0);
  return canvas.toBuffer('image/png');
}

/** A ~3 s MP4 of the photo look "speaking" its preview line: the ring moves with the voice. */
export function renderPhotoAvatarPreviewVideo(look: PhotoAvatar, image: Image, options: AvatarPreviewVideoOptions): Promise<Buffer> {
  return renderSpeakingPreviewVideo(`Hi, I'm ${look.name}. I'll present your video.`, DEFAULT_VOICE_ID, options, (phonemes) => (ctx, t) => {
    drawPreview(ctx, image, VIDEO_SIZE, t, voiceActivity(phonemes, t));
  });
}
