import type { SessionRecord } from '../../store/index.js';
import type { SessionContext } from '../session-context.js';
import { isTerminal } from '../session-transitions.js';

/** Terminal bookkeeping: the webhook, then erasing an incognito session's words once nothing more will happen. */
export async function finishSession(
  ctx: SessionContext,
  session: SessionRecord,
  outcome: 'success' | 'fail',
  details: { reason?: string; videoId?: string | null } = {},
): Promise<void> {
  const videoId = outcome === 'success' ? session.video_id : (details.videoId ?? null);
  const video = outcome === 'success' && videoId ? await ctx.store.getVideo(videoId) : null;
  await ctx.webhooks
    .notify({
      owner: session.owner,
      session_id: session.id,
      callback_url: session.options.callback_url,
      event_type: outcome === 'success' ? 'video_agent.success' : 'video_agent.fail',
      event_data: {
        session_id: session.id,
        video_id: videoId,
        url: video?.video_key ? ctx.linkFor(video.video_key) : null,
        callback_id: session.options.callback_id,
        ...(details.reason ? { msg: details.reason } : {}),
      },
    })
    .catch((error: unknown) => ctx.logger.error({ err: error, session_id: session.id }, 'webhook could not be queued'));
  // A queued message may already have started the next run: its words are not erased under it.
  const current = await ctx.store.getSession(session.id);
  if (session.options.incognito_mode && current && isTerminal(current.status)) {
    await ctx.store.eraseMessages(session.id);
    await ctx.rows.patch(session.id, { prompt: '' }, { from: [current.status], runId: null });
  }
}
