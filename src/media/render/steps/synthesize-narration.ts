import type { Synthesis } from '../../tts/index.js';
import { cachedSynthesize } from '../cached-synthesize.js';
import { throwIfAborted } from './render-context.js';
import type { RenderStep } from './render-step.js';

export interface Narration {
  /** Per scene; null for a scene without narration. */
  syntheses: (Synthesis | null)[];
}

/** Each scene's narration from the TtsEngine (cached per scene), in its worker thread while the stills are drawn. */
export const synthesizeNarration: RenderStep<Record<string, never>, Narration> = {
  id: 'synthesize-narration',
  stage: 'narration',
  weight: 0.12,
  async run(_input, ctx, progress) {
    const { storyboard, signal } = ctx;
    const syntheses: (Synthesis | null)[] = [];
    for (const [index, scene] of storyboard.scenes.entries()) {
      throwIfAborted(signal);
      const text = scene.narration.trim();
      syntheses.push(text ? await cachedSynthesize(ctx.tts, ctx.cache, scene.narration, storyboard.voice_id, { signal, pace: storyboard.pace }) : null);
      progress((index + 1) / storyboard.scenes.length);
    }
    return { syntheses };
  },
};
