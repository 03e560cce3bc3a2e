import { messageLanguage } from '../agent/index.js';
import type { SessionRecord } from '../store/index.js';
import type { Storyboard } from '../storyboard/index.js';
import type { SessionContext } from './session-context.js';
import { sessionMessages, type SessionMessages } from './messages/index.js';

/**
 * The language to talk to the user in: the one they wrote their prompt in (any of the agent's fifteen), else
 * the storyboard's (a prompt too short to tell, in a language the storyboard names).
 */
export function sessionLanguage(session: Pick<SessionRecord, 'prompt'>, storyboard?: Pick<Storyboard, 'language'> | null): string {
  const written = messageLanguage(session.prompt);
  return written !== 'en' ? written : (storyboard?.language ?? 'en');
}

/** The session's sentences in its language (reads the current storyboard when none is given). */
export async function textFor(ctx: Pick<SessionContext, 'drafts'>, session: SessionRecord, storyboard?: Pick<Storyboard, 'language'> | null): Promise<SessionMessages> {
  if (storyboard === undefined && session.storyboard_version !== null) {
    storyboard = await ctx.drafts.load(session.id, session.storyboard_version).catch(() => null);
  }
  return sessionMessages(sessionLanguage(session, storyboard));
}
