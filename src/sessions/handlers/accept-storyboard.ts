import { placePresenter, storyboardDuration, type Storyboard } from '../../storyboard/index.js';
import type { SessionRecord, SessionRun } from '../../store/index.js';
import { formatStoryboard } from '../format-storyboard.js';
import type { SessionContext } from '../session-context.js';
import { textFor } from '../session-language.js';
import { pauseRun } from './pause-run.js';
import { queueRender } from './queue-render.js';

/** Saves a new storyboard version, tells the user, then pauses for review or goes on to render. */
export async function acceptStoryboard(
  ctx: SessionContext,
  session: SessionRecord,
  run: SessionRun,
  proposed: Storyboard,
  plannerMessage: string,
  renderNow: boolean,
  signal: AbortSignal,
): Promise<void> {
  await ctx.usage.flushed(session.id);
  const storyboard = placePresenter(proposed);
  const saved = await ctx.drafts.save(session.id, session.owner, storyboard, signal);
  const text = await textFor(ctx, session, storyboard);
  const content = [plannerMessage, formatStoryboard(storyboard, await ctx.voices.nameOf(storyboard.voice_id), text), renderNow ? text.renderingItNow : text.reviewHint]
    .filter(Boolean)
    .join('\n\n');
  const resourceIds = [saved.draft.id, ...saved.images.map((i) => i.id)];
  const patch = { storyboard_version: storyboard.version, title: storyboard.title };
  if (renderNow) {
    await queueRender(ctx, session, run, storyboard, { patch, announce: async (updated) => void (await ctx.messages.model(updated.id, 'resource', content, resourceIds)) });
  } else {
    await pauseRun(ctx, session, run, 'reviewing', { type: 'resource', content, resourceIds }, patch);
  }
}

/** Renders the current storyboard as it is (an approval without changes). */
export async function approveStoryboard(ctx: SessionContext, session: SessionRecord, run: SessionRun, storyboard: Storyboard, plannerMessage: string): Promise<void> {
  const text = await textFor(ctx, session, storyboard);
  const content = text.renderingVersion(plannerMessage, storyboard.version, storyboardDuration(storyboard));
  await queueRender(ctx, session, run, storyboard, { announce: async (updated) => void (await ctx.messages.model(updated.id, 'text', content)) });
}
