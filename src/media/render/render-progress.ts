export type RenderStage = 'narration' | 'frames' | 'encode' | 'finish';

export interface RenderProgress {
  stage: RenderStage;
  /** Overall 0..1, never going back. */
  fraction: number;
}

/** Where each stage starts and ends on the overall 0..1 scale (the encode dominates the wall time). */
const STAGE_SPAN: Record<RenderStage, [number, number]> = {
  narration: [0, 0.12],
  frames: [0.12, 0.22],
  encode: [0.22, 0.97],
  finish: [0.97, 1],
};

/** Turns per-stage fractions into a monotonic overall fraction for `onProgress`. */
export function createProgressReporter(onProgress?: (p: RenderProgress) => void): (stage: RenderStage, stageFraction: number) => void {
  let last = -1;
  return (stage, stageFraction) => {
    const [from, to] = STAGE_SPAN[stage];
    const fraction = Math.max(last, from + (to - from) * Math.min(1, Math.max(0, stageFraction)));
    if (fraction <= last && fraction < 1) return;
    last = fraction;
    onProgress?.({ stage, fraction: Math.round(fraction * 10000) / 10000 });
  };
}
