import type { Storyboard } from '../../storyboard/index.js';
import type { ClauseResult } from './parse-feedback-settings.js';

const ordinalVersions: Record<string, number> = {
  first: 1, original: 1, initial: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5,
  one: 1, two: 2, three: 3, four: 4, five: 5,
};
const back = String.raw`(?:go(?:ing)? back to|back to|revert(?: back)? to|return to|roll ?back to|restore|switch back to|use|bring back)`;
const ordinal = String.raw`(first|original|initial|1st|second|2nd|third|3rd|fourth|4th|fifth|5th)`;

/**
 * "Go back to the first version", "revert to version 2", "version two was better", "restore the original",
 * "undo that": a revert_to_version, or a reason there is nothing to go back to. Reads a lower-cased clause.
 */
export function parseRevert(lower: string, sb: Storyboard): ClauseResult {
  const to = (version: number): ClauseResult =>
    sb.version <= 1 ? { ops: [], problem: 'this is the first version, so there is nothing to go back to' } : { ops: [{ op: 'revert_to_version', version }] };
  let m: RegExpExecArray | null;
  if ((m = new RegExp(String.raw`\b${back}\s+(?:the\s+)?(?:version|v|draft)\s*#?(\d+|one|two|three|four|five)\b`).exec(lower)) ||
      (m = /\b(?:version|v)\s*#?(\d+|one|two|three|four|five)\s+(?:was|is|looked)\s+better\b/.exec(lower))) {
    return to(ordinalVersions[m[1]!] ?? Number(m[1]));
  }
  if ((m = new RegExp(String.raw`\b${back}\s+(?:the\s+|my\s+)?${ordinal}(?:\s+(?:version|draft|one|storyboard|cut))?\b`).exec(lower)) ||
      (m = new RegExp(String.raw`^(?:the\s+)?${ordinal}\s+(?:version|draft|one)\s+(?:was|is|looked)\s+better`).exec(lower))) {
    return to(ordinalVersions[m[1]!]!);
  }
  if (/^(?:undo(?: that| it| this| the last change| the last edit)?|revert(?: that| it| this)?|go back|take (?:that|it) back|go back to the (?:previous|last|earlier) (?:version|one|draft)|(?:the\s+)?(?:previous|last|earlier) (?:version|one) was better|(?:the\s+)?previous version|restore the previous (?:version|one))$/.test(lower)) {
    return to(sb.version - 1);
  }
  return null;
}
