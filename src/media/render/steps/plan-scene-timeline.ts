import { FPS, planTimeline, type TimelineScene } from '../plan-timeline.js';
import type { RenderStep } from './render-step.js';
import type { Narration } from './synthesize-narration.js';

export interface Timeline {
  /** Per scene, on frames of the 30 fps clock. */
  timeline: TimelineScene[];
  totalFrames: number;
  totalSec: number;
}

/** Scene timing from the narration's measured length (see planTimeline). */
export const planSceneTimeline: RenderStep<Narration, Timeline> = {
  id: 'plan-timeline',
  stage: 'encode',
  weight: 0,
  async run({ syntheses }, ctx) {
    const timeline = planTimeline(ctx.storyboard.scenes.map((scene, i) => ({ narrationSec: syntheses[i]?.duration ?? null, transition: scene.transition })));
    const last = timeline[timeline.length - 1]!;
    const totalFrames = last.startFrame + last.frames;
    return { timeline, totalFrames, totalSec: totalFrames / FPS };
  },
};
