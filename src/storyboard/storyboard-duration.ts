import type { Storyboard } from './storyboard.js';

/** The renderer holds each scene 0.25 s before and 0.45 s after its narration. */
export const SCENE_LEAD_SEC = 0.25;
export const SCENE_TAIL_SEC = 0.45;
export const SCENE_PADDING_SEC = SCENE_LEAD_SEC + SCENE_TAIL_SEC;
/** No scene is shorter than this on screen, however short its narration (src/media/render's MIN_SCENE_SEC). */
export const SCENE_MIN_SEC = 2;

/** How long the renderer shows a scene whose narration takes `spokenSec` seconds. */
export function sceneSeconds(spokenSec: number): number {
  return Math.max(SCENE_MIN_SEC, spokenSec + SCENE_PADDING_SEC);
}

/** Length of the video in seconds: the sum of its scenes' durations. */
export function storyboardDuration(storyboard: Pick<Storyboard, 'scenes'>): number {
  return storyboard.scenes.reduce((sum, scene) => sum + scene.duration_sec, 0);
}
