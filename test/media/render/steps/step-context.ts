import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRenderCache, createRenderContext, resolveFfmpegPath, type RenderContext, type RenderVideoOptions, type TtsEngine } from '../../../../src/media/index.js';
import type { Scene, Storyboard } from '../../../../src/storyboard/index.js';

/** A storyboard of `scenes` (landscape, captions on, no avatar or music). */
export function stepStoryboard(scenes: Partial<Scene>[], overrides: Partial<Storyboard> = {}): Storyboard {
  return {
    schema: 2, version: 1, title: 'Steps', language: 'en', orientation: 'landscape', duration_target_sec: null,
    voice_id: 'espeak-en-us-female', avatar_id: null, style_id: 'midnight', pace: 1.3, music: null,
    captions: { enabled: true, style: 'default' },
    scenes: scenes.map((scene, i) => ({ id: `s${i}`, layout: 'title', narration: '', presenter: 'none', transition: 'cut', duration_sec: 2, ...scene }) as Scene),
    ...overrides,
  };
}

export const noAssets: RenderVideoOptions['resolveAsset'] = async (id) => {
  throw new Error(`no asset ${id}`);
};

/** A render context over a fresh work folder (720p unless told), as renderVideo builds it. */
export async function stepContext(storyboard: Storyboard, tts: TtsEngine, options: Partial<RenderVideoOptions> = {}): Promise<{ ctx: RenderContext; done: () => Promise<void> }> {
  const workDir = await mkdtemp(join(tmpdir(), 'ova-steps-'));
  const full: RenderVideoOptions = { tts, workDir, ffmpegPath: resolveFfmpegPath(), resolveAsset: noAssets, resolution: 720, ...options };
  return { ctx: createRenderContext(storyboard, full, createRenderCache(full)), done: () => rm(workDir, { recursive: true, force: true }) };
}
