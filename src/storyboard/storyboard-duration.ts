import type { Storyboard } from './storyboard.js';

/** The renderer holds each scene 0.25 s before and 0.45 s after its narration. */
export const SCENE_LEAD_SEC = 0.25;
export const SCENE_TAIL_SEC = 0.45;
export const SCENE_PADDING_SEC = SCENE_LEAD_SEC + SCENE_TAIL_SEC;

/** Length of the video in seconds: the sum of its scenes' durations. */
export function storyboardDuration(storyboard: Pick<Storyboard, 'scenes'>): number {
  return storyboard.scenes.reduce((sum, scene) => sum + scene.duration_sec, 0);
}
