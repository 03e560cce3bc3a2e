import type { SessionEvent } from '../events/index.js';
import type { SessionRecord } from '../store/index.js';

export type { SessionEvent };

/** A file object from the API (`files[]`), not yet resolved. */
export type FileInput =
  | { type: 'url'; url: string }
  | { type: 'asset_id'; asset_id: string }
  | { type: 'base64'; media_type: string; data: string };

export interface CreateSessionInput {
  prompt: string;
  mode: 'generate' | 'chat';
  avatar_id: string | null;
  voice_id: string | null;
  style_id: string | null;
  brand_kit_id: string | null;
  orientation: 'landscape' | 'portrait' | null;
  duration_sec: number | null;
  files: FileInput[];
  auto_proceed: boolean;
  skip_agentic_stop: boolean;
  incognito_mode: boolean;
  callback_url: string | null;
  callback_id: string | null;
}

export interface SendMessageInput {
  message: string;
  avatar_id: string | null;
  voice_id: string | null;
  brand_kit_id: string | null;
  files: FileInput[];
  auto_proceed: boolean;
}

/** The session state machine as the API sees it. All methods throw AppError for bad input. */
export interface SessionService {
  create(owner: string, input: CreateSessionInput): Promise<SessionRecord>;
  /**
   * A chat's follow-up: answered at once when the session is idle, queued while it is thinking or generating
   * (answered in order when the current run ends). `run_id` is the id of the run that will answer it.
   */
  sendMessage(owner: string, sessionId: string, input: SendMessageInput): Promise<{ session: SessionRecord; run_id: string }>;
  stop(owner: string, sessionId: string): Promise<SessionRecord>;
  /** Subscribes to one session's events; returns the unsubscribe function. */
  subscribe(sessionId: string, listener: (event: SessionEvent) => void): () => void;
  /** Resumes sessions left thinking/generating by a previous process and starts the watchdog. */
  start(): Promise<void>;
  /** Stops taking work and aborts what runs (it resumes on the next start). */
  close(): Promise<void>;
}
