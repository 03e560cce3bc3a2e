import { describeChanges, type Storyboard } from '../../storyboard/index.js';
import type { Planner, PlannerContext, PlanRequest, PlanResult, ReviseRequest, ReviseResult } from '../planner.js';
import { applyEdits, type EditOperation } from '../edits/index.js';
import { SceneMeasurer } from '../duration/index.js';
import { knownLanguages, splitSentences, type KnownLanguage } from '../text/index.js';
import { composeStoryboard } from './compose-storyboard.js';
import { genericNarration } from './generic-narration.js';
import { parseFeedback } from './parse-feedback.js';
import { sizeSummary } from './planner-messages.js';

export const CAPABILITIES =
  'I can change the title; rewrite, remove, move, swap or add scenes (name them by number, like “scene 2”, “the last scene”, “the intro”, or by content, like “the scene about pricing”); ' +
  'change a scene’s layout, headline or bullets; switch the voice (“female”, “male”, “British”, “American”); switch to portrait or landscape; turn captions on or off; ' +
  'speak faster or slower; make it shorter, longer or a set length (“make it 30 seconds”); go back to an earlier version (“go back to version 1”); or approve it to render (“looks good, render it”).';

function languageOf(sb: Storyboard): KnownLanguage {
  const base = sb.language.slice(0, 2).toLowerCase();
  return (knownLanguages as readonly string[]).includes(base) ? (base as KnownLanguage) : 'en';
}

/** "Removed scene 3, switched to a female voice and turned captions off" */
function joinChanges(changes: string[]): string {
  const shown = changes.length > 6 ? [...changes.slice(0, 5), `${changes.length - 5} more changes`] : changes;
  const lowered = shown.map((c, i) => (i === 0 ? c : c.charAt(0).toLowerCase() + c.slice(1)));
  if (lowered.length <= 1) return lowered.join('');
  return `${lowered.slice(0, -1).join(', ')} and ${lowered[lowered.length - 1]}`;
}

function joinPlain(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('; ')}; and ${items[items.length - 1]}`;
}

/** The offline planner: rules and extractive summaries, no language model. Deterministic for the same input. */
export class BuiltinPlanner implements Planner {
  readonly id = 'builtin';

  plan(request: PlanRequest, context: PlannerContext): Promise<PlanResult> {
    return composeStoryboard(request, context);
  }

  async revise(request: ReviseRequest, context: PlannerContext): Promise<ReviseResult> {
    context.signal.throwIfAborted();
    const before = request.storyboard;
    const parsed = parseFeedback(request.message, before, context.voices);
    const operations: EditOperation[] = [...parsed.operations];
    // Explicit overrides sent with the message are edits too, applied before an approval.
    const overrides: EditOperation[] = [];
    if (request.overrides.voice_id && request.overrides.voice_id !== before.voice_id) overrides.push({ op: 'set_voice', voice_id: request.overrides.voice_id });
    if (request.overrides.avatar_id !== undefined && request.overrides.avatar_id !== before.avatar_id) overrides.push({ op: 'set_avatar', avatar_id: request.overrides.avatar_id });
    const approveAt = operations.findIndex((op) => op.op === 'approve');
    operations.splice(approveAt >= 0 ? approveAt : operations.length, 0, ...overrides);
    context.onProgress(0.1);

    if (operations.length === 0) {
      const heard = [
        parsed.problems.length > 0 ? `I understood what you meant, but ${joinPlain(parsed.problems)}.` : '',
        parsed.unknown.length > 0 ? `I did not understand “${parsed.unknown.join('”, “')}”.` : '',
      ].filter(Boolean);
      return { kind: 'unclear', message: `${heard.join(' ') || 'I did not find a change to make in that message.'} ${CAPABILITIES}` };
    }
    if (operations.every((op) => op.op === 'approve')) {
      context.onProgress(1);
      return { kind: 'approved', storyboard: null, message: `Approved “${before.title}” (${sizeSummary(before)}); rendering starts now.` };
    }

    const language = languageOf(before);
    const historySentences = request.history.flatMap((v) => v.scenes.flatMap((s) => splitSentences(s.narration)));
    const current = new Set(before.scenes.flatMap((s) => splitSentences(s.narration)));
    const reserve = [
      ...new Set(historySentences.filter((s) => !current.has(s))),
      ...genericNarration({ topic: before.title, audience: null, kind: 'explainer', language }).extra.filter((s) => !current.has(s)),
    ];
    const outcome = await applyEdits(before, operations, {
      voices: context.voices,
      history: request.history,
      measurer: new SceneMeasurer(context.measure, context.signal),
      reserve,
      language,
      onProgress: (f) => context.onProgress(0.1 + 0.85 * f),
    });
    context.onProgress(1);
    const problems = [...parsed.problems, ...outcome.problems];
    const notes: string[] = [];
    if (problems.length > 0) notes.push(`I could not do everything: ${joinPlain(problems)}.`);
    if (parsed.unknown.length > 0) notes.push(`I did not understand “${parsed.unknown.join('”, “')}”.`);
    if (outcome.durationShortfall) {
      notes.push(`The closest I could get to ${Math.round(outcome.durationShortfall.target)} s is ${Math.round(outcome.durationShortfall.seconds)} s with this material.`);
    }

    if (!outcome.changed) {
      if (outcome.approved) {
        return { kind: 'approved', storyboard: null, message: [`Approved “${before.title}” (${sizeSummary(before)}); rendering starts now.`, ...notes].join(' ') };
      }
      return { kind: 'unclear', message: [notes.join(' ') || 'That would not change anything.', CAPABILITIES].join(' ') };
    }
    const changes = describeChanges(before, outcome.storyboard, { voices: context.voices });
    if (outcome.revertedTo !== null) changes.unshift(`Went back to version ${outcome.revertedTo}`);
    const summary = `${joinChanges(changes)}; now ${sizeSummary(outcome.storyboard)}.`;
    if (outcome.approved) {
      return { kind: 'approved', storyboard: outcome.storyboard, message: [summary, ...notes, 'Approved; rendering starts now.'].join(' ') };
    }
    return { kind: 'revised', storyboard: outcome.storyboard, message: [summary, ...notes].join(' ') };
  }
}
