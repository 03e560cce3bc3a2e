import type { ReviseRequest } from '../planner.js';
import type { ParsedFeedback } from './parse-feedback.js';
import { parseVisualFeedback } from './parse-visual-feedback.js';

/** An approval said in words that mean "go": next to an edit, "looks good" is a comment, these are not. */
const explicitApproval = /\b(?:approved?|approves|lgtm|ship it|go ahead|render|proceed|publish|generate (?:it|the video)|make the video|good to go|let'?s go|go for it|send it|finali[sz]e)\b/i;

/**
 * The picture requests of a feedback message (parseVisualFeedback) joined to what the general parser makes of
 * the rest, in the order the message gave them, approval last.
 */
export function withVisualFeedback(request: Pick<ReviseRequest, 'message' | 'storyboard' | 'attachments'>, parseRest: (rest: string) => ParsedFeedback): ParsedFeedback {
  const visual = parseVisualFeedback(request.message, request.storyboard, request.attachments);
  if (visual.operations.length === 0 && visual.problems.length === 0) return parseRest(request.message);
  const rest: ParsedFeedback = visual.rest.trim() ? parseRest(visual.rest) : { operations: [], understood: [], unknown: [], problems: [] };
  // "Looks good, but a different picture for scene 2": the rest alone would read as an approval.
  const approve = rest.operations.some((op) => op.op === 'approve') && explicitApproval.test(visual.rest);
  const edits = rest.operations.filter((op) => op.op !== 'approve');
  return {
    operations: [...visual.operations, ...edits, ...(approve ? [{ op: 'approve' as const }] : [])],
    understood: [...visual.understood, ...rest.understood],
    unknown: rest.unknown,
    problems: [...visual.problems, ...rest.problems],
  };
}
