import type { SessionStatus } from '../store/index.js';

/** A message as session events carry it (the API's message shape). */
export interface SessionEventMessage {
  /** The stored message's id and its place in the session (MessageRecord.seq): SSE event ids are built on seq. */
  id: string;
  seq: number;
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
 * SSE streams (which the studio and the SDK read) and logs. An adapter may carry only ids, status and progress
 * between processes: it reads anything larger from the store before delivering. A published event reaches
 * every subscriber of every process once; after a lost connection an adapter delivers each followed session's
 * current status again, so subscribers may see a status twice but never miss the last one.
 */
export interface EventBus {
  publish(event: SessionEvent): void;
  /** Listens to one session's events, or to every session's with '*'; returns the unsubscribe function. */
  subscribe(sessionId: string | '*', listener: SessionEventListener): () => void;
  close(): Promise<void>;
}
