/**
 * Table shapes as SQL sees them (both dialects). JSON values are TEXT; row-codec.ts is the only place that
 * turns them into objects and back. Timestamps are Unix milliseconds (BIGINT).
 */
export interface SessionsTable {
  id: string;
  owner: string;
  mode: string;
  status: string;
  prompt: string;
  title: string | null;
  progress: number;
  video_id: string | null;
  /** JSON SessionOptions. */
  options: string;
  storyboard_version: number | null;
  /** JSON SessionRun or NULL. */
  run: string | null;
  /** run.run_id copied into a real column so transitionSession can compare-and-set in one UPDATE. */
  run_id: string | null;
  /** options.incognito_mode as 0/1, so listSessions can filter without JSON functions. */
  incognito: number;
  error: string | null;
  /** JSON TokenUsage: language-model tokens used by the session's agent turns. */
  usage: string;
  /** seq of the newest user message a run was started for (the queue's cursor). */
  answered_seq: number;
  created_at: number;
  updated_at: number;
}

export interface MessagesTable {
  id: string;
  session_id: string;
  role: string;
  type: string;
  content: string;
  /** JSON string[] or NULL. */
  resource_ids: string | null;
  /** JSON string[] or NULL. */
  attachment_ids: string | null;
  seq: number;
  created_at: number;
}

export interface ResourcesTable {
  id: string;
  session_id: string;
  owner: string;
  resource_type: string;
  source_type: string;
  blob_key: string | null;
  thumbnail_key: string | null;
  preview_key: string | null;
  /** JSON object. */
  metadata: string;
  created_at: number;
}

export interface VideosTable {
  id: string;
  session_id: string;
  owner: string;
  status: string;
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

export interface AssetsTable {
  id: string;
  owner: string;
  status: string;
  filename: string | null;
  mime_type: string;
  size_bytes: number;
  sha256: string | null;
  blob_key: string;
  created_at: number;
}

export interface WebhookDeliveriesTable {
  id: string;
  owner: string;
  session_id: string | null;
  endpoint_id: string | null;
  url: string;
  event_type: string;
  /** JSON object. */
  payload: string;
  status: string;
  /** JSON WebhookAttempt[]. */
  attempts: string;
  next_attempt_at: number | null;
  created_at: number;
  /** Unix ms until which `leased_by` alone may send the next attempt (claimWebhookDeliveries); not in the record. */
  lease_until: number | null;
  leased_by: string | null;
}

export interface WebhookEndpointsTable {
  id: string;
  owner: string;
  url: string;
  /** JSON string[]. */
  events: string;
  status: string;
  secret: string;
  created_at: number;
}

export interface IdempotencyKeysTable {
  owner: string;
  key: string;
  body_hash: string;
  /** JSON {status, body} or NULL while the first request runs. */
  response: string | null;
  created_at: number;
}

export interface Database {
  sessions: SessionsTable;
  messages: MessagesTable;
  resources: ResourcesTable;
  videos: VideosTable;
  assets: AssetsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_endpoints: WebhookEndpointsTable;
  idempotency_keys: IdempotencyKeysTable;
}
