import type { FastifyReply, FastifyRequest } from 'fastify';
import { messageEventOf, statusEventOf, type SessionEvent, type SessionEventListener } from '../../events/index.js';
import type { SessionRecord, Store } from '../../store/index.js';

/** Proxies drop a connection silent for about a minute; a comment line every 15 s keeps it open. */
const HEARTBEAT_MS = 15_000;
/** A reconnecting client gets at most this many missed messages (the newest); GET has the rest. */
const MAX_REPLAY = 100;

export interface SessionEventSource {
  /** The session, already checked to be the caller's. */
  session: SessionRecord;
  store: Pick<Store, 'getSession' | 'listMessages'>;
  /** Listens to this session on the event bus; returns the unsubscribe function. */
  subscribe(listener: SessionEventListener): () => void;
}

/**
 * GET /v3/video-agents/{id}/events: the session's events as Server-Sent Events until the client goes away.
 *
 * A stream opens with the session's current status read from the store (so a client that connects after the
 * end still hears it), then live events from the bus. Every event has an id built on the session's message
 * order (MessageRecord.seq): `<seq>` for a message, `<seq>.<n>` for the n-th status or progress event after
 * it. A client reconnecting with Last-Event-ID gets the current status first, then the messages stored after
 * that seq, then live events; messages it already has are never sent twice on one stream.
 */
export async function streamSessionEvents(request: FastifyRequest, reply: FastifyReply, source: SessionEventSource): Promise<void> {
  // Subscribed before reading the store, so nothing published in between is lost (repeats are filtered below).
  const early: SessionEvent[] = [];
  let live: SessionEventListener | null = null;
  const unsubscribe = source.subscribe((event) => (live ? live(event) : early.push(event)));
  let opening: { events: SessionEvent[]; lastSeq: number };
  try {
    opening = await openingEvents(source, lastSeqOf(request.headers['last-event-id']));
  } catch (error) {
    unsubscribe();
    throw error;
  }
  if (reply.raw.destroyed) {
    unsubscribe();
    return;
  }
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
    'x-request-id': String(request.id),
  });
  let lastSeq = opening.lastSeq;
  let afterMessage = 0;
  const send = (event: SessionEvent) => {
    let id: string;
    if (event.type === 'message') {
      if (event.message.seq <= lastSeq) return;
      lastSeq = event.message.seq;
      afterMessage = 0;
      id = String(lastSeq);
    } else {
      id = `${lastSeq}.${++afterMessage}`;
    }
    const { type, ...data } = event;
    raw.write(`id: ${id}\nevent: ${type}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  raw.write('retry: 2000\n\n');
  for (const event of opening.events) send(event);
  for (const event of early.splice(0)) send(event);
  live = send;
  const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), HEARTBEAT_MS);
  const close = () => {
    clearInterval(heartbeat);
    unsubscribe();
  };
  raw.on('close', close);
  raw.on('error', close);
}

/**
 * The current status, and for a reconnecting client the messages after its last one. `lastSeq` is where the
 * stream starts counting: the client's (never past what is stored), else the newest stored message.
 */
async function openingEvents(source: SessionEventSource, clientSeq: number | null): Promise<{ events: SessionEvent[]; lastSeq: number }> {
  const session = (await source.store.getSession(source.session.id)) ?? source.session;
  const status: SessionEvent = { ...statusEventOf(session), progress: Math.round(session.progress) };
  const newest = await source.store.listMessages(session.id, clientSeq === null ? 1 : MAX_REPLAY);
  const storedSeq = newest[0]?.seq ?? 0;
  if (clientSeq === null) return { events: [status], lastSeq: storedSeq };
  const from = Math.min(clientSeq, storedSeq);
  const missed = newest.filter((message) => message.seq > from).reverse();
  return { events: [status, ...missed.map((message): SessionEvent => ({ type: 'message', session_id: session.id, message: messageEventOf(message) }))], lastSeq: from };
}

/** The message seq in a Last-Event-ID of ours (`12` or `12.3`); null for none or anything else. */
export function lastSeqOf(header: string | string[] | undefined): number | null {
  const value = Array.isArray(header) ? header[0] : header;
  const match = /^(\d{1,15})(?:\.\d{1,15})?$/.exec(value?.trim() ?? '');
  return match ? Number(match[1]) : null;
}
