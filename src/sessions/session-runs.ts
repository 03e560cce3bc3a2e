import { CancelledError } from '../errors/index.js';
import { newId, type SessionRun } from '../store/index.js';
import type { SessionContext } from './session-context.js';
import type { SessionMessages } from './messages/index.js';

export const SESSION_JOB = 'session.run';

/** A run that a restart has resumed this many times is given up: it is crashing the process. */
export const MAX_RUN_ATTEMPTS = 3;

/** Progress bands: thinking fills 5–40, generating 40–99, completed is 100. */
export const PROGRESS = { thinkingStart: 5, thinkingEnd: 40, renderEnd: 99 } as const;

type RunSettings = Pick<SessionContext, 'now' | 'agentTimeoutSec' | 'renderTimeoutSec'>;

/** The run answering a user message has an id derived from it, so the API can name it before it starts. */
export function runIdForMessage(messageId: string): string {
  return `run_${messageId.replace(/^msg_/, '')}`;
}

export function newRun(ctx: RunSettings, kind: SessionRun['kind'], refs: { messageId?: string | null; videoId?: string | null } = {}): SessionRun {
  const now = ctx.now();
  return {
    run_id: refs.messageId ? runIdForMessage(refs.messageId) : newId('run'),
    kind,
    attempt: 1,
    started_at: now,
    deadline_at: now + timeoutFor(ctx, kind),
    message_id: refs.messageId ?? null,
    video_id: refs.videoId ?? null,
  };
}

export function timeoutFor(ctx: Pick<RunSettings, 'agentTimeoutSec' | 'renderTimeoutSec'>, kind: SessionRun['kind']): number {
  return (kind === 'render' ? ctx.renderTimeoutSec : ctx.agentTimeoutSec) * 1000;
}

export function timeoutMessage(ctx: Pick<RunSettings, 'agentTimeoutSec' | 'renderTimeoutSec'>, run: SessionRun, text: SessionMessages): string {
  const limit = timeoutFor(ctx, run.kind) / 1000;
  return run.kind === 'render' ? text.renderTimedOut(limit) : text.agentTimedOut(limit);
}

/** An error as a sentence for the chat. */
export function describeError(error: unknown, text: SessionMessages): string {
  if (error instanceof CancelledError) return text.workCancelled;
  if (error instanceof Error) return error.message.endsWith('.') ? error.message : `${error.message}.`;
  return String(error);
}

/** Tells the queue to look at the session now (one job per session at a time). */
export async function wakeSession(ctx: Pick<SessionContext, 'queue'>, sessionId: string): Promise<void> {
  await ctx.queue.enqueue(SESSION_JOB, { session_id: sessionId }, { singletonKey: sessionId });
}
