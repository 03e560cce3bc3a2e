import type { Storyboard } from '../storyboard/index.js';
import { assignVisuals, resolveProviderVisuals, type VisualProviders } from '../visuals/index.js';
import type { Planner, PlannerContext, PlanRequest, PlanResult, ReviseRequest, ReviseResult } from './planner.js';

/**
 * A planner whose storyboards carry a picture on every scene: the library's by meaning, then stock footage or
 * generated images where providers are configured. Whatever planner writes the script (rules or a model),
 * the pictures are chosen the same way, and a visual the planner or the user chose is kept.
 */
export function withVisuals(planner: Planner, providers: VisualProviders | null): Planner {
  const dress = async (storyboard: Storyboard, message: string, context: PlannerContext): Promise<{ storyboard: Storyboard; message: string }> => {
    const pictured = assignVisuals(storyboard);
    if (!providers) return { storyboard: pictured, message };
    const resolved = await resolveProviderVisuals(pictured, providers, context.signal);
    return { storyboard: resolved.storyboard, message: [message, ...resolved.notices].filter(Boolean).join('\n\n') };
  };
  return {
    id: planner.id,
    async plan(request: PlanRequest, context: PlannerContext): Promise<PlanResult> {
      const result = await planner.plan(request, context);
      return result.kind === 'storyboard' ? { ...result, ...(await dress(result.storyboard, result.message, context)) } : result;
    },
    async revise(request: ReviseRequest, context: PlannerContext): Promise<ReviseResult> {
      // Picture edits ("a photo of a beach for scene 2") search the same providers.
      const result = await planner.revise(request, { ...context, visualProviders: providers });
      if (result.kind === 'unclear' || result.storyboard === null) return result;
      return { ...result, ...(await dress(result.storyboard, result.message, context)) };
    },
  };
}
