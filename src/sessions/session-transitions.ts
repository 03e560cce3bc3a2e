import type { SessionStatus } from '../store/index.js';

/**
 * The state machine as a table: for each status, the statuses it may move to. `SessionWriter.moveTo` is the
 * only code that writes a status, and it refuses any move this table does not list.
 */
export const sessionTransitions = {
  thinking: ['reviewing', 'waiting_for_input', 'generating', 'failed'],
  waiting_for_input: ['thinking', 'generating', 'failed'],
  reviewing: ['thinking', 'generating', 'failed'],
  generating: ['completed', 'failed', 'waiting_for_input'],
  completed: ['thinking', 'generating'],
  failed: [],
} as const satisfies Record<SessionStatus, readonly SessionStatus[]>;

/** Statuses in which the session is doing work (and counts against the key's active-job limit). */
export const activeStatuses = ['thinking', 'generating'] as const satisfies readonly SessionStatus[];

/** Statuses in which a chat session starts a run for a user message at once; in active ones it is queued. */
export const messageableStatuses = ['waiting_for_input', 'reviewing', 'completed'] as const satisfies readonly SessionStatus[];

export function isTerminal(status: SessionStatus): boolean {
  return status === 'completed' || status === 'failed';
}

export function isActive(status: SessionStatus): boolean {
  return (activeStatuses as readonly SessionStatus[]).includes(status);
}

export function isMessageable(status: SessionStatus): boolean {
  return (messageableStatuses as readonly SessionStatus[]).includes(status);
}

export function canMove(from: SessionStatus, to: SessionStatus): boolean {
  return (sessionTransitions[from] as readonly SessionStatus[]).includes(to);
}

/** The statuses from which `to` may be reached. */
export function sourcesOf(to: SessionStatus): SessionStatus[] {
  return (Object.keys(sessionTransitions) as SessionStatus[]).filter((from) => canMove(from, to));
}
