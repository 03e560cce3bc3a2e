import type { Planner, PlannerContext, PlanRequest, PlanResult, ReviseRequest, ReviseResult } from '../planner.js';
import { composeStoryboard } from './compose-storyboard.js';
import { parseFeedback } from './parse-feedback.js';
import { withVisualFeedback } from './with-visual-feedback.js';
import { reviseWithOperations } from './revise-with-operations.js';
import { englishFeedback } from '../language/index.js';

export { CAPABILITIES } from './revise-with-operations.js';

/** The offline planner: rules and extractive summaries, no language model. Deterministic for the same input. */
export class BuiltinPlanner implements Planner {
  readonly id = 'builtin';

  plan(request: PlanRequest, context: PlannerContext): Promise<PlanResult> {
    return composeStoryboard(request, context);
  }

  async revise(request: ReviseRequest, context: PlannerContext): Promise<ReviseResult> {
    context.signal.throwIfAborted();
    // Common requests in other languages read as the English the rules parse; answers still use the user's language.
    const message = englishFeedback(request.message);
    // Picture requests are taken out first; the rest of the message goes to the general parser.
    const parsed = withVisualFeedback({ ...request, message }, (rest) => parseFeedback(rest, request.storyboard, context.voices, context.avatarIds));
    return reviseWithOperations(request, context, parsed);
  }
}
