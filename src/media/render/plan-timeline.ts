import { SCENE_LEAD_SEC, SCENE_TAIL_SEC, type Transition } from '../../storyboard/index.js';

export const FPS = 30;
/** A scene without narration still stays this long on screen. */
export const MIN_SCENE_SEC = 2;
/** Length of a fade or slide between scenes. */
export const TRANSITION_SEC = 0.5;

export interface TimelineScene {
  /** First frame and frame count: scene boundaries fall on frames so audio and video agree exactly. */
  startFrame: number;
  frames: number;
  start: number;
  duration: number;
  /** When its narration starts, in seconds from the start of the video. */
  narrationStart: number;
  /** Frames at the start of the scene spent blending in from the previous one (0 for a cut). */
  transitionFrames: number;
  transition: Transition;
}

/**
 * Scene timing: each scene lasts its narration plus a lead-in and a tail, at least MIN_SCENE_SEC, rounded
 * up to whole frames. A fade or slide overlaps the start of the scene it leads into, never longer than a
 * third of either scene.
 */
export function planTimeline(scenes: readonly { narrationSec: number | null; transition: Transition }[], fps = FPS): TimelineScene[] {
  const out: TimelineScene[] = [];
  let frame = 0;
  scenes.forEach((scene, index) => {
    const wanted = scene.narrationSec && scene.narrationSec > 0 ? SCENE_LEAD_SEC + scene.narrationSec + SCENE_TAIL_SEC : 0;
    const frames = Math.ceil(Math.max(wanted, MIN_SCENE_SEC) * fps - 1e-6);
    const previous = out[index - 1];
    const transitionFrames =
      scene.transition === 'cut' ? 0 : Math.max(0, Math.min(Math.round(TRANSITION_SEC * fps), Math.floor(frames / 3), previous ? Math.floor(previous.frames / 3) : Infinity));
    out.push({
      startFrame: frame,
      frames,
      start: frame / fps,
      duration: frames / fps,
      narrationStart: frame / fps + SCENE_LEAD_SEC,
      transitionFrames,
      transition: scene.transition,
    });
    frame += frames;
  });
  return out;
}
