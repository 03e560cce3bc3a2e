import type { RenderStage } from '../render-progress.js';
import type { RenderContext } from './render-context.js';

/**
 * One named step of the render: typed input and output, the render's context (with its AbortSignal), and a
 * `progress` callback for the step's own 0..1. `weight` is its share of the progress bar (the weights of
 * RENDER_STEPS sum to 1); `stage` is what `onProgress` reports while it runs.
 */
export interface RenderStep<I, O> {
  readonly id: string;
  readonly stage: RenderStage;
  readonly weight: number;
  run(input: I, ctx: RenderContext, progress: (fraction: number) => void): Promise<O>;
}

/** Any step, for lists of them. */
export type AnyRenderStep = RenderStep<never, unknown>;
