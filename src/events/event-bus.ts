import type { SessionStatus } from '../store/index.js';

/** A message as session events carry it (the API's message shape). */
export interface SessionEventMessage {
  role: string;
  content: string;
  type: string;
  created_at: number;
  resource_ids: string[] | null;
}

/** Session events, fed to SSE, webhooks and logs from one place. */
export type SessionEvent =
  | { type: 'status'; session_id: string; status: SessionStatus; progress: number; title: string | null; video_id: string | null }
  | { type: 'progress'; session_id: string; progress: number; stage: string }
  | { type: 'message'; session_id: string; message: SessionEventMessage };

export type SessionEventListener = (event: SessionEvent) => void;

/**
 * Session events across every process that shares a store. Publishers are the session runs; subscribers are
 * SSE streams, webhook wake-ups, the studio and logs. An adapter may carry only ids, status and progress
 * between processes: subscribers read anything larger from the store.
 */
export interface EventBus {
  publish(event: SessionEvent): void;
  /** Listens to one session's events, or to every session's with '*'; returns the unsubscribe function. */
  subscribe(sessionId: string | '*', listener: SessionEventListener): () => void;
  close(): Promise<void>;
}
