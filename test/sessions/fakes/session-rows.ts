import type { SessionRecord, SessionStatus } from '../../../src/store/index.js';
import type { MemoryStore } from './memory-store.js';

/** Puts a session row straight into the store, in any status, for tests that start mid-way. */
export async function seedSession(store: MemoryStore, status: SessionStatus, overrides: Partial<SessionRecord> = {}): Promise<SessionRecord> {
  const session: SessionRecord = {
    id: `ses_${Math.random().toString(36).slice(2, 10)}`,
    owner: 'key-a',
    mode: 'chat',
    status,
    prompt: 'A short video about why bees matter',
    title: null,
    progress: 0,
    video_id: null,
    options: {
      avatar_id: null,
      voice_id: null,
      style_id: null,
      brand_kit_id: null,
      orientation: null,
      duration_sec: null,
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
    created_at: Date.now(),
    updated_at: Date.now(),
    ...overrides,
  };
  await store.insertSession(session);
  return session;
}
