import type { PlannerContext } from '../agent/index.js';
import type { SessionRecord, SessionRun } from '../store/index.js';
import type { SessionContext } from './session-context.js';
import { progressReporter } from './progress-reporter.js';
import { PROGRESS } from './session-runs.js';

/** What a planner gets for one run: progress into the thinking band, measuring with the real TTS, token counting. */
export async function plannerContext(ctx: SessionContext, session: SessionRecord, run: SessionRun, signal: AbortSignal): Promise<PlannerContext> {
  const report = progressReporter(ctx, session.id, run, PROGRESS.thinkingStart, PROGRESS.thinkingEnd);
  return {
    signal,
    onProgress: (fraction, stage) => report(fraction, stage ?? 'thinking'),
    measure: (text, voiceId, pace) => ctx.voices.measure(text, voiceId, pace, signal),
    voices: await ctx.voices.list(),
    styleIds: ctx.styleIds,
    avatarIds: ctx.avatarIds,
    onUsage: (usage) => ctx.usage.record(session.id, usage),
  };
}
