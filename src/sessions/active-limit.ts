import { AppError } from '../errors/index.js';
import type { SessionContext } from './session-context.js';
import { activeStatuses } from './session-transitions.js';

/** A key may have `maxActiveJobsPerKey` sessions thinking or rendering; one more is 429 with Retry-After. */
export async function checkActiveLimit(ctx: Pick<SessionContext, 'store' | 'maxActiveJobsPerKey'>, owner: string): Promise<void> {
  const active = (await ctx.store.findSessionsByStatus(activeStatuses)).filter((s) => s.owner === owner).length;
  if (active >= ctx.maxActiveJobsPerKey) {
    throw new AppError('rate_limit_exceeded', `This key already has ${active} sessions thinking or rendering (the limit is ${ctx.maxActiveJobsPerKey}).`, {
      headers: { 'retry-after': '10' },
    });
  }
}
