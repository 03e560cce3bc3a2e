export type RenderStage = 'narration' | 'frames' | 'encode' | 'finish';

export interface RenderProgress {
  stage: RenderStage;
  /** Overall 0..1, never going back. */
  fraction: number;
}

/**
 * Turns a step's own 0..1 into a monotonic overall fraction for `onProgress`: `span` is where the step lies on
 * the overall scale (its weight, after the weights of the steps listed before it; see RENDER_STEPS).
 */
export function createProgressReporter(onProgress?: (p: RenderProgress) => void): (stage: RenderStage, span: readonly [number, number], stepFraction: number) => void {
  let last = -1;
  return (stage, [from, to], stepFraction) => {
    const fraction = Math.max(last, from + (to - from) * Math.min(1, Math.max(0, stepFraction)));
    if (fraction <= last && fraction < 1) return;
    last = fraction;
    onProgress?.({ stage, fraction: Math.round(fraction * 10000) / 10000 });
  };
}
