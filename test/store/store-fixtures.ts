import { randomUUID } from 'node:crypto';
import type {
  AssetRecord,
  MessageRecord,
  ResourceRecord,
  SessionRecord,
  SessionRun,
  VideoRecord,
  WebhookDeliveryRecord,
  WebhookEndpointRecord,
} from '../../src/store/index.js';

/** Strictly increasing timestamps, so "newest first" has one right answer. */
let clock = 1_700_000_000_000;
export function tick(): number {
  clock += 1000;
  return clock;
}

export function uid(prefix: string): string {
  return `${prefix}_${randomUUID()}`;
}

export function makeRun(overrides: Partial<SessionRun> = {}): SessionRun {
  const now = tick();
  return {
    run_id: uid('run'),
    kind: 'plan',
    attempt: 1,
    started_at: now,
    deadline_at: now + 120_000,
    message_id: null,
    video_id: null,
    ...overrides,
  };
}

export function makeSession(overrides: Partial<SessionRecord> = {}): SessionRecord {
  const now = tick();
  return {
    id: uid('ses'),
    owner: 'owner-a',
    mode: 'generate',
    status: 'thinking',
    prompt: 'A 30 second explainer about tides, with "quotes" and ünïcode',
    title: null,
    progress: 0,
    video_id: null,
    options: {
      avatar_id: null,
      voice_id: 'en-us',
      style_id: null,
      brand_kit_id: null,
      orientation: 'landscape',
      duration_sec: 30,
      auto_proceed: false,
      skip_agentic_stop: false,
      incognito_mode: false,
      callback_url: null,
      callback_id: null,
    },
    storyboard_version: null,
    run: null,
    error: null,
    usage: { input_tokens: 0, output_tokens: 0 },
    answered_seq: 0,
    created_at: now,
    updated_at: now,
    ...overrides,
  };
}

export function makeMessage(sessionId: string, overrides: Partial<Omit<MessageRecord, 'seq'>> = {}): Omit<MessageRecord, 'seq'> {
  return {
    id: uid('msg'),
    session_id: sessionId,
    role: 'user',
    type: 'text',
    content: 'Make it shorter',
    resource_ids: null,
    attachment_ids: null,
    created_at: tick(),
    ...overrides,
  };
}

export function makeResource(sessionId: string, overrides: Partial<ResourceRecord> = {}): ResourceRecord {
  return {
    id: uid('res'),
    session_id: sessionId,
    owner: 'owner-a',
    resource_type: 'draft',
    source_type: 'generated',
    blob_key: null,
    thumbnail_key: null,
    preview_key: null,
    metadata: { version: 1, nested: { scenes: [1, 2, 3] } },
    created_at: tick(),
    ...overrides,
  };
}

export function makeVideo(sessionId: string, overrides: Partial<VideoRecord> = {}): VideoRecord {
  return {
    id: uid('vid'),
    session_id: sessionId,
    owner: 'owner-a',
    status: 'pending',
    title: 'Tides',
    storyboard_version: 1,
    video_key: null,
    captioned_video_key: null,
    thumbnail_key: null,
    gif_key: null,
    subtitle_key: null,
    duration: null,
    failure_code: null,
    failure_message: null,
    created_at: tick(),
    completed_at: null,
    ...overrides,
  };
}

export function makeAsset(overrides: Partial<AssetRecord> = {}): AssetRecord {
  return {
    id: uid('ast'),
    owner: 'owner-a',
    status: 'pending_upload',
    filename: 'chart.png',
    mime_type: 'image/png',
    size_bytes: 12345,
    sha256: null,
    blob_key: 'assets/chart.png',
    created_at: tick(),
    ...overrides,
  };
}

export function makeDelivery(overrides: Partial<WebhookDeliveryRecord> = {}): WebhookDeliveryRecord {
  return {
    id: uid('whd'),
    owner: 'owner-a',
    session_id: null,
    endpoint_id: null,
    url: 'https://example.test/hook',
    event_type: 'avatar_video.success',
    payload: { event_type: 'avatar_video.success', event_data: { video_id: 'v1' } },
    status: 'pending',
    attempts: [],
    next_attempt_at: null,
    created_at: tick(),
    ...overrides,
  };
}

export function makeEndpoint(overrides: Partial<WebhookEndpointRecord> = {}): WebhookEndpointRecord {
  return {
    id: uid('whe'),
    owner: 'owner-a',
    url: 'https://example.test/endpoint',
    events: ['avatar_video.success', 'avatar_video.fail'],
    status: 'active',
    secret: 'whsec_test',
    created_at: tick(),
    ...overrides,
  };
}
