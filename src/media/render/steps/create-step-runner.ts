import { createProgressReporter } from '../render-progress.js';
import type { RenderVideoOptions } from '../render-video-options.js';
import { throwIfAborted, type RenderContext } from './render-context.js';
import type { AnyRenderStep, RenderStep } from './render-step.js';

export type StepRunner = <I, O>(step: RenderStep<I, O>, input: I) => Promise<O>;

/**
 * Runs steps of `steps` (in any order, some at once) with the render's context: checks the signal before and
 * after each, lays each step's progress onto its span of the bar (its weight, after those listed before it),
 * and tells `onStep` when it starts and ends.
 */
export function createStepRunner(steps: readonly AnyRenderStep[], ctx: RenderContext, options: Pick<RenderVideoOptions, 'onProgress' | 'onStep'>): StepRunner {
  const report = createProgressReporter(options.onProgress);
  const spans = new Map<AnyRenderStep, readonly [number, number]>();
  let at = 0;
  for (const step of steps) {
    spans.set(step, [at, at + step.weight]);
    at += step.weight;
  }
  return async (step, input) => {
    const span = spans.get(step as AnyRenderStep);
    if (!span) throw new RangeError(`Render step ${step.id} is not in the pipeline`);
    throwIfAborted(ctx.signal);
    const started = performance.now();
    options.onStep?.({ step: step.id, phase: 'start' });
    const progress = (fraction: number) => {
      if (step.weight > 0) report(step.stage, span, fraction);
    };
    progress(0);
    const output = await step.run(input, ctx, progress);
    throwIfAborted(ctx.signal);
    options.onStep?.({ step: step.id, phase: 'end', ms: Math.round(performance.now() - started) });
    return output;
  };
}
