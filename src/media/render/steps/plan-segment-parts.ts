import type { TimelineScene } from '../plan-timeline.js';

/** One encoded segment of a scene: its incoming transition, or its hold. */
export interface SegmentPart {
  scene: number;
  /** First frame within the scene. */
  offset: number;
  frames: number;
  transition: boolean;
}

/**
 * Each scene is one or two segments: its incoming transition (a few frames that depend on the previous scene
 * too) and its hold. After a one-scene edit only that scene's hold and its two transitions change.
 */
export function planSegmentParts(timeline: readonly TimelineScene[]): SegmentPart[] {
  const parts: SegmentPart[] = [];
  timeline.forEach((t, index) => {
    const tf = index > 0 ? t.transitionFrames : 0;
    if (tf > 0) parts.push({ scene: index, offset: 0, frames: tf, transition: true });
    parts.push({ scene: index, offset: tf, frames: t.frames - tf, transition: false });
  });
  return parts;
}
