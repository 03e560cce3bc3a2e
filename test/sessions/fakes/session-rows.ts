import type { SessionRecord, SessionStatus } from '../../../src/store/index.js';
import { makeSession } from '../../store/store-fixtures.js';
import type { MemoryStore } from './memory-store.js';

/** Puts a chat session row straight into the store, in any status, for tests that start mid-way. */
export async function seedSession(store: MemoryStore, status: SessionStatus, overrides: Partial<SessionRecord> = {}): Promise<SessionRecord> {
  const session = makeSession({ owner: 'key-a', mode: 'chat', status, ...overrides });
  await store.insertSession(session);
  return session;
}
