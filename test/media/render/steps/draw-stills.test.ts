import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawStills, EspeakTtsEngine, loadMedia, type TtsEngine } from '../../../../src/media/index.js';
import { stepContext, stepStoryboard } from './step-context.js';

let tts: TtsEngine;
let assets: string;
beforeAll(async () => {
  tts = new EspeakTtsEngine();
  assets = await mkdtemp(join(tmpdir(), 'ova-stills-assets-'));
  const photo = createCanvas(400, 300);
  const c = photo.getContext('2d');
  c.fillStyle = '#2255aa';
  c.fillRect(0, 0, 400, 300);
  await writeFile(join(assets, 'photo.png'), await photo.encode('png'));
  await writeFile(join(assets, 'notes.txt'), 'not a picture');
});
afterAll(async () => {
  await tts.close();
  await rm(assets, { recursive: true, force: true });
});

const resolveAsset = async (id: string) =>
  id === 'photo' ? { path: join(assets, 'photo.png'), mimeType: 'image/png' } : { path: join(assets, 'notes.txt'), mimeType: 'text/plain' };

describe('loadMedia and drawStills steps', () => {
  it('resolves each asset once, and draws one still per scene (moving media left to ffmpeg) with the thumbnail', async () => {
    const storyboard = stepStoryboard([
      { layout: 'title', headline: 'Hello' },
      { layout: 'media', headline: 'Zoom', media: { asset_id: 'photo', fit: 'cover', motion: 'zoom_in' } },
      { layout: 'media', headline: 'Still photo', media: { asset_id: 'photo', fit: 'contain', motion: 'none' } },
      { layout: 'media', headline: 'Text file', media: { asset_id: 'notes', fit: 'cover', motion: 'none' } },
      { layout: 'title', headline: 'Hello' },
    ]);
    const resolved: string[] = [];
    const { ctx, done } = await stepContext(storyboard, tts, { resolveAsset: async (id) => (resolved.push(id), resolveAsset(id)) });
    try {
      const loaded = await loadMedia.run({}, ctx, () => undefined);
      expect(resolved).toEqual(['photo', 'notes']);
      expect(loaded.media.get('photo')).toMatchObject({ kind: 'image', mimeType: 'image/png' });
      expect(loaded.media.get('notes')).toBeNull();
      expect(loaded.logo).toBeNull();

      const progress: number[] = [];
      const { stills, thumbnailPath } = await drawStills.run(loaded, ctx, (f) => progress.push(f));
      expect(stills.map((s) => s.moving)).toEqual([false, true, false, false, false]);
      // The zooming full-bleed photo: a top layer (scrim, headline) and a last look for the transition out of it.
      expect(stills[1]!.top).not.toBeNull();
      expect(stills[1]!.lastLook).not.toBeNull();
      expect(stills[0]!.top).toBeNull();
      // The same drawing hashes the same (the segment cache key); a different one does not.
      expect(stills[4]!.hash).toBe(stills[0]!.hash);
      expect(stills[2]!.hash).not.toBe(stills[0]!.hash);
      expect(progress.at(-1)).toBe(1);
      const still = await loadImage(await readFile(stills[0]!.path));
      expect([still.width, still.height]).toEqual([1280, 720]);
      // The thumbnail is the first scene, whole.
      const thumbnail = await loadImage(await readFile(thumbnailPath));
      expect([thumbnail.width, thumbnail.height]).toEqual([1280, 720]);
    } finally {
      await done();
    }
  }, 60_000);
});
