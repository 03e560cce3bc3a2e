import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas, loadImage, type Image } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPhotoPresenterLayer, voiceActivity } from '../../src/avatars/index.js';
import { EspeakTtsEngine, probeMedia, renderVideo, resolveFfmpegPath, type RenderVideoOptions } from '../../src/media/index.js';
import type { Storyboard } from '../../src/storyboard/index.js';
import { portraitPng } from './portrait-fixture.js';

let image: Image;
beforeAll(async () => {
  image = await loadImage(portraitPng());
});

const phonemes = [
  { phoneme: 'h', start: 0.5, end: 0.6 },
  { phoneme: 'ə', start: 0.6, end: 0.8 },
  { phoneme: 'l', start: 0.8, end: 0.9 },
];

describe('voiceActivity', () => {
  it('is 0 in silence, 1 inside a vowel, partial in a consonant and fading in and out around speech', () => {
    expect(voiceActivity(phonemes, 0.1)).toBe(0);
    expect(voiceActivity(phonemes, 2)).toBe(0);
    expect(voiceActivity(phonemes, 0.7)).toBe(1);
    expect(voiceActivity(phonemes, 0.55)).toBeCloseTo(0.6 + 0, 5);
    const fadeIn = voiceActivity(phonemes, 0.45);
    expect(fadeIn).toBeGreaterThan(0);
    expect(fadeIn).toBeLessThan(0.6);
    // Pauses are silence.
    expect(voiceActivity([{ phoneme: '_', start: 0, end: 1 }], 0.5)).toBe(0);
  });
});

describe('createPhotoPresenterLayer', () => {
  function drawFrame(frame: number, size = 200) {
    const layer = createPhotoPresenterLayer({ id: 'photo_0123456789abcdef01234567', image_sha256: 'abc' }, image);
    const box = { x: 0, y: 0, width: size, height: size };
    const draw = layer.sceneDrawer({ phonemes, seed: 'scene-1', box, fps: 30 });
    const canvas = createCanvas(size, size);
    const ctx = canvas.getContext('2d');
    draw(ctx, frame);
    return ctx.getImageData(0, 0, size, size).data;
  }
  /** Opaque pixels in a thin band at 1.13 radii from the centre: only a swollen ring reaches it. */
  function outerBandCoverage(pixels: Uint8ClampedArray, size = 200): number {
    const radius = size * 0.41;
    let covered = 0;
    let total = 0;
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const distance = Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2) / radius;
        if (distance < 1.12 || distance > 1.14) continue;
        total += 1;
        if (pixels[(y * size + x) * 4 + 3]! > 64) covered += 1;
      }
    }
    return covered / total;
  }

  it('stands in a square box where the placement puts the presenter, and none for "none"', () => {
    const layer = createPhotoPresenterLayer({ id: 'photo_0123456789abcdef01234567', image_sha256: null }, image);
    const corner = layer.box('corner', 1920, 1080)!;
    expect(corner.width).toBe(corner.height);
    expect(corner.x + corner.width).toBeLessThanOrEqual(1920);
    expect(corner.y + corner.height).toBeLessThanOrEqual(1080);
    expect(layer.box('side', 1080, 1920)!.width).toBeGreaterThan(0);
    expect(layer.box('none', 1920, 1080)).toBeNull();
  });

  it('draws the same pixels for the same frame (a function of time) and swells the ring while the voice is loud', () => {
    const silent = drawFrame(3); // t = 0.1 s
    expect(Buffer.from(drawFrame(3)).equals(Buffer.from(silent))).toBe(true);
    const speaking = drawFrame(21); // t = 0.7 s, inside the vowel
    expect(outerBandCoverage(silent)).toBeLessThan(0.05);
    expect(outerBandCoverage(speaking)).toBeGreaterThan(0.9);
    // The photo itself is drawn: the centre is opaque and skin-coloured-ish (red above blue).
    const centre = (100 * 200 + 100) * 4;
    expect(silent[centre + 3]).toBe(255);
  });

  it('renders through renderVideo as the presenter of a short storyboard', async () => {
    const tts = new EspeakTtsEngine();
    const workDir = await mkdtemp(join(tmpdir(), 'ova-photo-render-'));
    try {
      const layer = createPhotoPresenterLayer({ id: 'photo_0123456789abcdef01234567', image_sha256: 'abc' }, image);
      const storyboard: Storyboard = {
        schema: 2, version: 1, title: 'Photo', language: 'en', orientation: 'landscape', duration_target_sec: null,
        voice_id: 'espeak-en-us-female', avatar_id: 'photo_0123456789abcdef01234567', style_id: 'midnight', pace: 1.3, music: null,
        captions: { enabled: false, style: 'default' },
        scenes: [
          { id: 'a', layout: 'title', narration: 'A photo presenter speaks.', headline: 'Photo', presenter: 'side', transition: 'cut', duration_sec: 2 },
          { id: 'b', layout: 'title', narration: 'In the corner too.', headline: 'Corner', presenter: 'corner', transition: 'fade', duration_sec: 2 },
        ],
      };
      const noAssets: RenderVideoOptions['resolveAsset'] = async (id) => {
        throw new Error(`no asset ${id}`);
      };
      const ffmpegPath = resolveFfmpegPath();
      const out = await renderVideo(storyboard, { tts, workDir, ffmpegPath, resolveAsset: noAssets, resolution: 720, presenterFor: () => layer });
      const probe = await probeMedia(out.videoPath, { ffmpegPath });
      expect(probe.video).toMatchObject({ width: 1280, height: 720 });
      expect(probe.duration).toBeGreaterThan(3);
      expect(probe.duration).toBeLessThan(7);
    } finally {
      await tts.close();
      await rm(workDir, { recursive: true, force: true });
    }
  });
});
