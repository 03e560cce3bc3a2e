import { describeChanges, type Storyboard } from '../../storyboard/index.js';
import type { PlannerContext, ReviseRequest, ReviseResult } from '../planner.js';
import { applyEdits, type EditOperation } from '../edits/index.js';
import { SceneMeasurer } from '../duration/index.js';
import { knownLanguages, splitSentences, type KnownLanguage } from '../text/index.js';
import { AGENT_LANGUAGES, FEEDBACK_MESSAGES, messageLanguage, type AgentLanguage } from '../language/index.js';
import { sizeSummary } from './planner-messages.js';
import { alreadyTrue } from './already-true.js';
import { listAvatarLooks } from '../../media/presenter/index.js';

export const CAPABILITIES = FEEDBACK_MESSAGES.en.capabilities;

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

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The language to answer in: the message's own, or the video's when the message is too short to tell. */
function replyLanguage(message: string, sb: Storyboard): AgentLanguage {
  const own = messageLanguage(message);
  if (own === 'en' && /(?<!\p{L})(?:the|a|it|make|use|please|can|and|to|is|this)(?!\p{L})/iu.test(message)) return own;
  const tag = sb.language.toLowerCase().split('-')[0]!;
  const video = (AGENT_LANGUAGES as readonly string[]).includes(tag) ? (tag as AgentLanguage) : messageLanguage(`${sb.title}. ${sb.scenes[0]?.narration ?? ''}`);
  // A few words say little about their language ("Vuelve a la primera versión" counts as French by its
  // stop words): a short message that disagrees with the video is taken to be in the video's language.
  const words = message.split(/\s+/).filter(Boolean).length;
  return own === video || (words >= 8 && own !== 'en') ? own : video;
}

/** Nothing could be acted on: say what was not understood and what can be done, in the user's language. */
function cannotAct(understood: UnderstoodFeedback, request: ReviseRequest): ReviseResult {
  const texts = FEEDBACK_MESSAGES[replyLanguage(request.message, request.storyboard)];
  const heard = [
    understood.problems.length > 0 ? `I understood what you meant, but ${joinPlain(understood.problems)}.` : '',
    understood.unknown.length > 0 ? texts.notUnderstood({ quoted: `“${understood.unknown.join('”, “')}”` }) : '',
  ].filter(Boolean);
  const opening = understood.reply?.trim() || heard.join(' ');
  return { kind: 'unclear', message: [opening, texts.capabilities].filter(Boolean).join(' ') };
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

  // A request that is already true is answered, and the storyboard stays in review.
  const already = operations.map((op) => alreadyTrue(op, before, context.voices));
  const answers = already.filter((a): a is string => a !== null).map((a) => `${capitalised(a)}.`);
  const todo = operations.filter((_, i) => already[i] === null);
  if (todo.length === 0 && answers.length > 0 && understood.problems.length === 0) {
    context.onProgress(1);
    const rest = understood.unknown.length > 0 ? ` ${FEEDBACK_MESSAGES.en.notUnderstood({ quoted: `“${understood.unknown.join('”, “')}”` })}` : '';
    return { kind: 'revised', storyboard: before, message: `${answers.join(' ')}${rest} Nothing else changed; say “looks good” to render it, or tell me what to change.`, unchanged: true };
  }
  operations.splice(0, operations.length, ...todo);
  if (operations.length === 0) return cannotAct(understood, request);
  if (operations.every((op) => op.op === 'approve')) {
    context.onProgress(1);
    return { kind: 'approved', storyboard: null, message: `Approved “${before.title}” (${sizeSummary(before)}); rendering starts now.` };
  }

  const language = languageOf(before);
  const historySentences = request.history.flatMap((v) => v.scenes.flatMap((s) => splitSentences(s.narration)));
  const current = new Set(before.scenes.flatMap((s) => splitSentences(s.narration)));
  // A longer target may bring back the user's own sentences from earlier versions; nothing is invented.
  const reserve = [...new Set(historySentences.filter((s) => !current.has(s)))];
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
  const notes: string[] = [...answers];
  if (problems.length > 0) notes.push(`I could not do everything: ${joinPlain(problems)}.`);
  if (understood.unknown.length > 0) notes.push(`I did not understand “${understood.unknown.join('”, “')}”.`);
  if (outcome.durationShortfall) {
    notes.push(`The closest I could get to ${Math.round(outcome.durationShortfall.target)} s is ${Math.round(outcome.durationShortfall.seconds)} s with this material.`);
  }

  if (!outcome.changed) {
    if (outcome.approved) {
      return { kind: 'approved', storyboard: null, message: [`Approved “${before.title}” (${sizeSummary(before)}); rendering starts now.`, ...notes].join(' ') };
    }
    return { kind: 'unclear', message: [notes.join(' ') || 'That would not change anything.', FEEDBACK_MESSAGES[replyLanguage(request.message, before)].capabilities].join(' ') };
  }
  const changes = describeChanges(before, outcome.storyboard, { voices: context.voices, presenters: listAvatarLooks() });
  if (outcome.revertedTo !== null) changes.unshift(`Went back to version ${outcome.revertedTo}`);
  const summary = `${joinChanges(changes)}; now ${sizeSummary(outcome.storyboard)}.`;
  if (outcome.approved) {
    return { kind: 'approved', storyboard: outcome.storyboard, message: [summary, ...notes, 'Approved; rendering starts now.'].join(' ') };
  }
  return { kind: 'revised', storyboard: outcome.storyboard, message: [summary, ...notes].join(' ') };
}
