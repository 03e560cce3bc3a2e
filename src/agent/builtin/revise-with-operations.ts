import { describeChanges, type Storyboard } from '../../storyboard/index.js';
import type { PlannerContext, ReviseRequest, ReviseResult } from '../planner.js';
import { applyEdits, type EditOperation } from '../edits/index.js';
import { SceneMeasurer } from '../duration/index.js';
import { knownLanguages, splitSentences, type KnownLanguage } from '../text/index.js';
import { genericNarration } from './generic-narration.js';
import { sizeSummary } from './planner-messages.js';

export const CAPABILITIES =
  'I can change the title; rewrite, remove, move, swap, merge, split or add scenes (name them by number, like “scene 2”, “the last scene”, “the intro”, or by content, like “the scene about pricing”); ' +
  'change a scene’s layout, headline, bullets or picture (“use a photo of a beach for scene 2”, “no pictures on the title”, “another picture for scene 4”, “more footage”); switch the voice (“female”, “male”, “British”, “American”); switch to portrait or landscape; turn captions on or off; ' +
  'speak faster or slower; make it shorter, longer or a set length (“make it 30 seconds”); go back to an earlier version (“go back to version 1”); or approve it to render (“looks good, render it”).';

/** What a planner understood from one feedback message. */
export interface UnderstoodFeedback {
  operations: EditOperation[];
  /** Understood but impossible ("there is no scene 9"). */
  problems: string[];
  /** Parts not understood, in the user's words. */
  unknown: string[];
  /** A planner's own reply when it made no edit (an LLM's question back); replaces the generic "I did not find…". */
  reply?: string | null;
}

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

/**
 * The second half of every planner's revise: explicit overrides become edits, the one engine applies
 * everything (measuring with the real TTS, re-fitting a length), and the reply says what changed and the
 * new length. Shared so the built-in and LLM planners behave and speak alike.
 */
export async function reviseWithOperations(request: ReviseRequest, context: PlannerContext, understood: UnderstoodFeedback): Promise<ReviseResult> {
  context.signal.throwIfAborted();
  const before = request.storyboard;
  const operations: EditOperation[] = [...understood.operations];
  // Explicit overrides sent with the message are edits too, applied before an approval.
  const overrides: EditOperation[] = [];
  if (request.overrides.voice_id && request.overrides.voice_id !== before.voice_id) overrides.push({ op: 'set_voice', voice_id: request.overrides.voice_id });
  if (request.overrides.avatar_id !== undefined && request.overrides.avatar_id !== before.avatar_id) overrides.push({ op: 'set_avatar', avatar_id: request.overrides.avatar_id });
  const approveAt = operations.findIndex((op) => op.op === 'approve');
  operations.splice(approveAt >= 0 ? approveAt : operations.length, 0, ...overrides);
  context.onProgress(0.1);

  if (operations.length === 0) {
    const heard = [
      understood.problems.length > 0 ? `I understood what you meant, but ${joinPlain(understood.problems)}.` : '',
      understood.unknown.length > 0 ? `I did not understand “${understood.unknown.join('”, “')}”.` : '',
    ].filter(Boolean);
    const opening = understood.reply?.trim() || heard.join(' ') || 'I did not find a change to make in that message.';
    return { kind: 'unclear', message: `${opening} ${CAPABILITIES}` };
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
    visuals: context.visualProviders ?? null,
    signal: context.signal,
  });
  context.onProgress(1);
  const problems = [...understood.problems, ...outcome.problems];
  const notes: string[] = [];
  if (problems.length > 0) notes.push(`I could not do everything: ${joinPlain(problems)}.`);
  if (understood.unknown.length > 0) notes.push(`I did not understand “${understood.unknown.join('”, “')}”.`);
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
