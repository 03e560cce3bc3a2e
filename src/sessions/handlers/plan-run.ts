import type { PlanResult } from '../../agent/index.js';
import { isCancelled } from '../../errors/index.js';
import { toPlanBrand } from '../../brand-kits/index.js';
import type { MessageRecord, SessionRecord, SessionRun } from '../../store/index.js';
import { plannerContext } from '../planner-context.js';
import type { SessionContext } from '../session-context.js';
import { textFor } from '../session-language.js';
import { describeError } from '../session-runs.js';
import { acceptStoryboard } from './accept-storyboard.js';
import { pauseRun } from './pause-run.js';

/** The user messages a plan run reads: its own and the ones before it (answers to a question extend the prompt). */
async function promptMessages(ctx: SessionContext, session: SessionRecord, run: SessionRun): Promise<MessageRecord[]> {
  const own = run.message_id ? await ctx.store.getMessage(run.message_id) : null;
  return ctx.messages.userMessagesUpTo(session.id, own?.seq ?? session.answered_seq);
}

/** A plan run: the first storyboard from the prompt (or a clarifying question). */
export async function runPlan(ctx: SessionContext, session: SessionRecord, run: SessionRun, signal: AbortSignal): Promise<void> {
  const userMessages = await promptMessages(ctx, session, run);
  const prompt = userMessages.map((m) => m.content).join('\n\n') || session.prompt;
  const attachments = await ctx.attachments.load(userMessages.flatMap((m) => m.attachment_ids ?? []));
  const context = await plannerContext(ctx, session, run, signal);
  const kit = session.options.brand_kit_id ? await ctx.brandKits?.get(session.owner, session.options.brand_kit_id) : null;
  const renderNow = session.mode === 'generate' || session.options.auto_proceed;
  let result: PlanResult;
  try {
    result = await ctx.planner.plan(
      {
        prompt,
        attachments,
        orientation: session.options.orientation,
        duration_sec: session.options.duration_sec,
        voice_id: session.options.voice_id,
        avatar_id: session.options.avatar_id,
        style_id: session.options.style_id,
        skip_agentic_stop: session.options.skip_agentic_stop || renderNow,
        brand_kit: kit ? toPlanBrand(kit) : null,
      },
      context,
    );
  } catch (error) {
    if (isCancelled(error, signal) || session.mode !== 'chat') throw error;
    // A chat keeps going: the user can answer or rephrase, and the next message plans again.
    ctx.logger.warn({ err: error, session_id: session.id }, 'planning failed');
    const text = await textFor(ctx, session, null);
    await pauseRun(ctx, session, run, 'waiting_for_input', { type: 'error', content: text.couldNotPlan(describeError(error, text)) });
    return;
  }
  signal.throwIfAborted();
  if (result.kind === 'question') {
    await pauseRun(ctx, session, run, 'waiting_for_input', { type: 'text', content: result.message });
    return;
  }
  await acceptStoryboard(ctx, session, run, { ...result.storyboard, version: 1 }, result.message, renderNow, signal);
}
