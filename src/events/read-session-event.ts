import type { MessageRecord, SessionRecord, Store } from '../store/index.js';
import type { SessionEvent, SessionEventMessage } from './event-bus.js';
import type { SessionNotice } from './session-notice.js';

/** What a bus reads from the store to turn a notice back into a whole event. */
export type EventStore = Pick<Store, 'getSession' | 'getMessage'>;

/** A stored message as session events carry it (created_at in seconds, as the API shows it). */
export function messageEventOf(message: MessageRecord): SessionEventMessage {
  return {
    id: message.id,
    seq: message.seq,
    role: message.role,
    content: message.content,
    type: message.type,
    created_at: Math.floor(message.created_at / 1000),
    resource_ids: message.resource_ids,
  };
}

/** A session's current status as an event (what a stream opens with, and what a reconnected bus re-delivers). */
export function statusEventOf(session: SessionRecord): Extract<SessionEvent, { type: 'status' }> {
  return { type: 'status', session_id: session.id, status: session.status, progress: session.progress, title: session.title, video_id: session.video_id };
}

/**
 * The whole event a notice stands for: a message is read by id, a status gets its title from the session row.
 * Null when the row is gone (a deleted session): there is nothing left to tell.
 */
export async function readSessionEvent(notice: SessionNotice, store: EventStore): Promise<SessionEvent | null> {
  switch (notice.k) {
    case 'p':
      return { type: 'progress', session_id: notice.s, progress: notice.p, stage: notice.g };
    case 's': {
      const session = await store.getSession(notice.s);
      if (!session) return null;
      // Status and progress as published (the row may have moved on since; its own notice follows).
      return { type: 'status', session_id: notice.s, status: notice.st, progress: notice.p, title: session.title, video_id: notice.v };
    }
    case 'm': {
      const message = await store.getMessage(notice.m);
      return message && message.session_id === notice.s ? { type: 'message', session_id: notice.s, message: messageEventOf(message) } : null;
    }
  }
}
