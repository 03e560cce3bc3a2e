import type { SessionStatus } from '../store/index.js';
import type { SessionEvent } from './event-bus.js';

/**
 * What crosses between processes for one session event: ids, status and progress, never a message body or a
 * title (a NOTIFY payload is capped at 8000 bytes; the receiver reads those from the store). `o` is the
 * publishing bus, so a bus skips its own notices (it has already delivered the full event locally).
 */
export type SessionNotice =
  | { o: string; k: 's'; s: string; st: SessionStatus; p: number; v: string | null }
  | { o: string; k: 'p'; s: string; p: number; g: string }
  | { o: string; k: 'm'; s: string; m: string; q: number };

/** Stages are short labels; a longer one is cut so a notice always fits. */
const MAX_STAGE = 200;

export function toSessionNotice(event: SessionEvent, origin: string): SessionNotice {
  switch (event.type) {
    case 'status':
      return { o: origin, k: 's', s: event.session_id, st: event.status, p: event.progress, v: event.video_id };
    case 'progress':
      return { o: origin, k: 'p', s: event.session_id, p: event.progress, g: event.stage.slice(0, MAX_STAGE) };
    case 'message':
      return { o: origin, k: 'm', s: event.session_id, m: event.message.id, q: event.message.seq };
  }
}

/** The notice in a NOTIFY payload, or null for anything else on the channel (a newer or older format). */
export function parseSessionNotice(payload: string | undefined): SessionNotice | null {
  if (!payload) return null;
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const notice = value as Record<string, unknown>;
  if (typeof notice.o !== 'string' || typeof notice.s !== 'string') return null;
  const known =
    (notice.k === 's' && typeof notice.st === 'string' && typeof notice.p === 'number') ||
    (notice.k === 'p' && typeof notice.p === 'number' && typeof notice.g === 'string') ||
    (notice.k === 'm' && typeof notice.m === 'string' && typeof notice.q === 'number');
  return known ? (notice as SessionNotice) : null;
}
