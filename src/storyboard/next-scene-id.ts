import type { Storyboard } from './storyboard.js';

/** The id for a new scene: "s" + one more than the highest "sN" in use, so ids never get reused within a storyboard. */
export function nextSceneId(storyboard: Pick<Storyboard, 'scenes'>): string {
  let max = 0;
  for (const scene of storyboard.scenes) {
    const match = /^s(\d+)$/.exec(scene.id);
    if (match) max = Math.max(max, Number(match[1]));
  }
  return `s${max + 1}`;
}
