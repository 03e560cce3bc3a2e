import type { Storyboard } from '../../../storyboard/index.js';
import { probeMedia } from '../../probe/index.js';
import type { MuxedVideo } from './mux-video.js';
import type { Timeline } from './plan-scene-timeline.js';
import type { RenderStep } from './render-step.js';

export interface Measured {
  /** Seconds, measured from the output file. */
  duration: number;
  scenes: { id: string; start: number; duration: number }[];
  /** A copy of the storyboard with each scene's measured duration_sec. */
  storyboard: Storyboard;
}

/** The video's measured length, and each scene's place in it. */
export const measureOutput: RenderStep<Pick<MuxedVideo, 'videoPath'> & Pick<Timeline, 'timeline'>, Measured> = {
  id: 'measure-output',
  stage: 'finish',
  weight: 0.03,
  async run({ videoPath, timeline }, ctx, progress) {
    const probe = await probeMedia(videoPath, { ffmpegPath: ctx.ffmpegPath, signal: ctx.signal });
    const scenes = ctx.source.scenes.map((scene, i) => ({ id: scene.id, start: timeline[i]!.start, duration: timeline[i]!.duration }));
    const storyboard: Storyboard = structuredClone(ctx.source);
    storyboard.scenes.forEach((scene, i) => {
      scene.duration_sec = timeline[i]!.duration;
    });
    progress(1);
    return { duration: probe.duration, scenes, storyboard };
  },
};
