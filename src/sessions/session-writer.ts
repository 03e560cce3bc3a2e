import type { EventBus } from '../events/index.js';
import type { SessionRecord, SessionStatus, Store } from '../store/index.js';
import { canMove, sourcesOf } from './session-transitions.js';

/** Fields of a session row other than its identity and its status. */
export type SessionPatch = Partial<Omit<SessionRecord, 'id' | 'owner' | 'created_at' | 'status'>>;

/** A move the transition table does not list: a bug in the caller, never written. */
export class IllegalTransitionError extends Error {
  constructor(
    readonly from: SessionStatus,
    readonly to: SessionStatus,
  ) {
    super(`A session cannot move from ${from} to ${to}.`);
    this.name = 'IllegalTransitionError';
  }
}

export interface MoveOptions {
  /** The statuses the caller expects the session in; by default every status that may reach the target. */
  from?: readonly SessionStatus[];
  /** Compare-and-set on the run too: the move happens only while the session's run has this id (null: none). */
  runId?: string | null;
  patch?: SessionPatch;
  /** Runs after the row changed and before the status event goes out (the message that explains the move). */
  announce?: (updated: SessionRecord) => Promise<void>;
}

/**
 * The only writer of session rows, and so of `status`: every status change is a compare-and-set that the
 * transition table allows, followed by its status event. Other code gets a Store without the session writes.
 */
export class SessionWriter {
  constructor(
    private readonly store: Store,
    private readonly events: EventBus,
  ) {}

  /** A new session starts `thinking` with its first run. */
  async insert(session: SessionRecord & { status: 'thinking' }): Promise<void> {
    await this.store.insertSession(session);
  }

  /** Moves a session to `to` if it is still in one of `from` (and on `runId`); null when it was not. */
  async moveTo(sessionId: string, to: SessionStatus, options: MoveOptions = {}): Promise<SessionRecord | null> {
    const from = options.from ?? sourcesOf(to);
    const illegal = from.find((status) => !canMove(status, to));
    if (illegal !== undefined) throw new IllegalTransitionError(illegal, to);
    const updated = await this.store.transitionSession(sessionId, from, { ...options.patch, status: to }, options.runId);
    if (!updated) return null;
    await options.announce?.(updated);
    this.publishStatus(updated);
    return updated;
  }

  /** Changes fields other than the status; with a guard, only while the status and run still match. */
  async patch(sessionId: string, patch: SessionPatch, guard?: { from: readonly SessionStatus[]; runId?: string | null }): Promise<SessionRecord | null> {
    const clean = { ...patch, status: undefined };
    return guard ? this.store.transitionSession(sessionId, guard.from, clean, guard.runId) : this.store.updateSession(sessionId, clean);
  }

  publishStatus(session: SessionRecord): void {
    this.events.publish({ type: 'status', session_id: session.id, status: session.status, progress: session.progress, title: session.title, video_id: session.video_id });
  }
}
