import { AppError } from '../errors/index.js';
import type { SessionRecord } from '../store/index.js';
import type { SessionContext } from './session-context.js';

/** The owner's session, or 404. */
export async function findSession(ctx: Pick<SessionContext, 'store'>, owner: string, sessionId: string): Promise<SessionRecord> {
  const session = await ctx.store.getSession(sessionId, owner);
  if (!session) throw new AppError('not_found', `No session ${sessionId}.`, { param: 'session_id' });
  return session;
}
