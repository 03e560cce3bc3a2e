import { createHash } from 'node:crypto';
import type { Image, SKRSContext2D } from '@napi-rs/canvas';
import { presenterBoxFor } from '../media/presenter/index.js';
import type { PresenterLayer } from '../media/render/index.js';
import type { PhonemeTiming } from '../media/tts/index.js';

/** Phonemes that open the mouth wide (IPA vowels): the ring swells most on these. */
const VOWEL = /[aeiouyæɑɒɐəɘɛɜɞɪɨʉʊʌɔøœɤɯ]/u;
/** How far (s) the ring's swell reaches before and after a sound: a soft attack and release. */
const SPREAD_S = 0.09;

/**
 * How loud the voice is at `t` (0–1), from phoneme timings alone, so any frame is a function of time
 * (seekable, cacheable): 1 inside a vowel, 0.6 inside a consonant, fading linearly over SPREAD_S around them.
 */
export function voiceActivity(phonemes: readonly PhonemeTiming[], t: number): number {
  let activity = 0;
  for (const phoneme of phonemes) {
    if (phoneme.start > t + SPREAD_S) break;
    if (phoneme.end < t - SPREAD_S || phoneme.phoneme.trim() === '' || phoneme.phoneme === '_') continue;
    const weight = VOWEL.test(phoneme.phoneme) ? 1 : 0.6;
    const distance = t < phoneme.start ? phoneme.start - t : t > phoneme.end ? t - phoneme.end : 0;
    activity = Math.max(activity, weight * (1 - distance / SPREAD_S));
  }
  return activity;
}

function seedPhase(seed: string): number {
  let hash = 2166136261;
  for (let index = 0; index < seed.length; index++) hash = Math.imul(hash ^ seed.charCodeAt(index), 16777619);
  return ((hash >>> 0) / 2 ** 32) * Math.PI * 2;
}

/**
 * One frame of a photo avatar into `box`: the portrait in a circle, drifting and breathing slowly, inside a
 * ring that swells and brightens with the voice.
 */
export function drawPhotoAvatar(
  ctx: SKRSContext2D,
  image: Image,
  box: { x: number; y: number; width: number; height: number },
  t: number,
  activity: number,
  options: { phase?: number; ringColor?: string } = {},
): void {
  const phase = options.phase ?? 0;
  const radius = Math.min(box.width, box.height) * 0.41;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  // Gentle motion: a slow sway and breath (periods of several seconds), never still, never busy.
  const sway = radius * 0.012;
  const ox = sway * Math.sin((2 * Math.PI * t) / 7.3 + phase);
  const oy = sway * Math.sin((2 * Math.PI * t) / 5.1 + phase * 1.7) - radius * 0.006 * activity;
  const zoom = 1.04 + 0.015 * Math.sin((2 * Math.PI * t) / 6.2 + phase) + 0.01 * activity;

  // The ring first, behind the photo: it peeks out further the louder the voice.
  const wobble = activity > 0 ? 0.15 * activity * Math.sin(2 * Math.PI * 5.5 * t) : 0;
  const ringRadius = radius * (1.05 + 0.07 * activity + 0.01 * wobble);
  ctx.save();
  ctx.globalAlpha = 0.35 + 0.55 * activity;
  ctx.strokeStyle = options.ringColor ?? '#4fd1c5';
  ctx.lineWidth = radius * (0.03 + 0.04 * activity);
  ctx.beginPath();
  ctx.arc(cx + ox, cy + oy, ringRadius, 0, Math.PI * 2);
  ctx.stroke();
  ctx.restore();

  // The portrait: the upper middle of the picture (where faces sit in portraits), covering the circle.
  ctx.save();
  ctx.beginPath();
  ctx.arc(cx + ox, cy + oy, radius, 0, Math.PI * 2);
  ctx.clip();
  const side = Math.min(image.width, image.height);
  const sx = (image.width - side) / 2;
  const sy = (image.height - side) * 0.25;
  const drawn = radius * 2 * zoom;
  ctx.drawImage(image, sx, sy, side, side, cx + ox - drawn / 2, cy + oy - drawn / 2, drawn, drawn);
  ctx.restore();
}

/**
 * A photo avatar as the renderer's presenter layer (see src/media/render/presenter-layer.ts): a square box
 * standing where the placement puts a presenter, drawn by drawPhotoAvatar from the scene's phonemes.
 */
export function createPhotoPresenterLayer(look: { id: string; image_sha256: string | null }, image: Image): PresenterLayer {
  return {
    key: createHash('sha256').update(JSON.stringify(['photo-presenter-v1', look.id, look.image_sha256, image.width, image.height])).digest('hex'),
    box(placement, width, height) {
      if (placement === 'none') return null;
      const area = presenterBoxFor(placement, width, height);
      const size = Math.floor(Math.min(area.width, area.height) / 2) * 2;
      // Centred in its area, a little above the middle (the caption band is below).
      return { x: area.x + (area.width - size) / 2, y: area.y + Math.max(0, (area.height - size) * 0.4), width: size, height: size };
    },
    sceneDrawer({ phonemes, seed, box, fps }) {
      const phase = seedPhase(seed);
      const local = { x: 0, y: 0, width: box.width, height: box.height };
      return (ctx, frame) => {
        const t = frame / fps;
        drawPhotoAvatar(ctx, image, local, t, voiceActivity(phonemes, t), { phase });
      };
    },
  };
}
