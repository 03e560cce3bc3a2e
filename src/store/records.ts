/** Rows as the store keeps them. Timestamps are Unix milliseconds; the API turns them into seconds. */

export const sessionStatuses = ['thinking', 'waiting_for_input', 'reviewing', 'generating', 'completed', 'failed'] as const;
export type SessionStatus = (typeof sessionStatuses)[number];

export type SessionMode = 'generate' | 'chat';

/** What the session was created with; later turns may override voice and avatar. */
export interface SessionOptions {
  avatar_id: string | null;
  voice_id: string | null;
  style_id: string | null;
  brand_kit_id: string | null;
  orientation: 'landscape' | 'portrait' | null;
  duration_sec: number | null;
  auto_proceed: boolean;
  skip_agentic_stop: boolean;
  incognito_mode: boolean;
  callback_url: string | null;
  callback_id: string | null;
}

/** The unit of work the session is doing now; null when paused or terminal. */
export interface SessionRun {
  run_id: string;
  kind: 'plan' | 'revise' | 'render';
  /** Attempt number, bumped each time a process restart resumes the run. */
  attempt: number;
  started_at: number;
  /** The watchdog fails the run past this time. */
  deadline_at: number;
  /** For revise runs: the id of the user message being answered. */
  message_id: string | null;
  /** For render runs: the video being made. */
  video_id: string | null;
}

export interface SessionRecord {
  id: string;
  owner: string;
  mode: SessionMode;
  status: SessionStatus;
  prompt: string;
  title: string | null;
  progress: number;
  video_id: string | null;
  options: SessionOptions;
  /** Version number of the current storyboard, or null before the first plan. */
  storyboard_version: number | null;
  run: SessionRun | null;
  error: string | null;
  /** Language-model tokens used by the agent's turns so far (zero with the built-in planner). */
  usage: { input_tokens: number; output_tokens: number };
  /**
   * `seq` of the newest user message a run has been started for; user messages after it are queued (sent while
   * the agent was busy) and answered in order when the current run ends.
   */
  answered_seq: number;
  created_at: number;
  updated_at: number;
}

export interface MessageRecord {
  id: string;
  session_id: string;
  role: 'user' | 'model';
  type: 'text' | 'resource' | 'error';
  content: string;
  resource_ids: string[] | null;
  /** Asset ids attached to a user message. */
  attachment_ids: string[] | null;
  /** Monotonic order within the session (ties in created_at are common). */
  seq: number;
  created_at: number;
}

export type ResourceType = 'image' | 'video' | 'draft' | 'avatar' | 'voice' | 'audio' | 'document';

export interface ResourceRecord {
  id: string;
  session_id: string;
  owner: string;
  resource_type: ResourceType;
  source_type: 'generated' | 'user_uploaded';
  /** Blob keys; the API turns them into signed URLs. */
  blob_key: string | null;
  thumbnail_key: string | null;
  preview_key: string | null;
  metadata: Record<string, unknown>;
  created_at: number;
}

export type VideoStatus = 'pending' | 'processing' | 'completed' | 'failed';

export interface VideoRecord {
  id: string;
  session_id: string;
  owner: string;
  status: VideoStatus;
  title: string | null;
  storyboard_version: number;
  video_key: string | null;
  captioned_video_key: string | null;
  thumbnail_key: string | null;
  gif_key: string | null;
  subtitle_key: string | null;
  duration: number | null;
  failure_code: string | null;
  failure_message: string | null;
  created_at: number;
  completed_at: number | null;
}

export interface AssetRecord {
  id: string;
  owner: string;
  status: 'pending_upload' | 'ready';
  filename: string | null;
  mime_type: string;
  size_bytes: number;
  sha256: string | null;
  blob_key: string;
  created_at: number;
}

export type WebhookDeliveryStatus = 'pending' | 'delivered' | 'failed';

export interface WebhookDeliveryRecord {
  id: string;
  owner: string;
  session_id: string | null;
  endpoint_id: string | null;
  url: string;
  event_type: string;
  payload: Record<string, unknown>;
  status: WebhookDeliveryStatus;
  attempts: WebhookAttempt[];
  next_attempt_at: number | null;
  created_at: number;
}

export interface WebhookAttempt {
  at: number;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
}

export interface WebhookEndpointRecord {
  id: string;
  owner: string;
  url: string;
  events: string[];
  status: 'active' | 'disabled';
  secret: string;
  created_at: number;
}

export interface IdempotencyRecord {
  owner: string;
  key: string;
  body_hash: string;
  /** null while the first request is still being handled. */
  response: { status: number; body: unknown } | null;
  created_at: number;
}

/** A page of a list, newest first; `next` is an opaque cursor or null at the end. */
export interface Page<T> {
  items: T[];
  next: string | null;
}

export interface PageQuery {
  limit: number;
  cursor: string | null;
}
