import { sleep } from './api-transport.js';
import type { Session, SessionEvent, SessionStatus } from './client-types.js';
import { VideoAgentError } from './video-agent-error.js';

export interface WaitForOptions {
  signal?: AbortSignal;
  /** Called with every event: from the SSE stream, or synthesised from polls when the stream is unavailable. */
  onEvent?: (event: SessionEvent) => void;
  /** Give up (a `timeout` error) after this long; default: never. */
  timeoutMs?: number;
  /** Poll interval when SSE is not available; default 1000 ms. */
  pollIntervalMs?: number;
}

/** How long `waitFor` waits for the event stream's first event before it polls instead. */
const FIRST_EVENT_TIMEOUT_MS = 10_000;

/** Statuses after which a session does nothing until it is sent a message. */
export const settledStatuses: readonly SessionStatus[] = ['waiting_for_input', 'reviewing', 'completed', 'failed'];

/** What waiting needs of the client. */
export interface SessionReader {
  events(sessionId: string, options: { signal?: AbortSignal }): AsyncGenerator<SessionEvent>;
  getSession(sessionId: string, options: { signal?: AbortSignal }): Promise<Session>;
}

/**
 * Resolves with the session once its status is one of `statuses`. Listens to the SSE stream; if the
 * stream cannot be opened or keeps breaking, polls instead. The session is re-read with GET at the end,
 * so the result has its messages.
 */
export async function waitForSession(client: SessionReader, sessionId: string, statuses: SessionStatus | readonly SessionStatus[], options: WaitForOptions = {}): Promise<Session> {
  const wanted = new Set<string>(typeof statuses === 'string' ? [statuses] : statuses);
  const controller = new AbortController();
  const onAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) controller.abort(options.signal.reason);
  let timedOut = false;
  const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const signal = controller.signal;
  try {
    let sseFailures = 0;
    while (sseFailures < 2) {
      // The server sends the current status at once; a stream silent for long is one a proxy is buffering.
      const attempt = new AbortController();
      const onOuterAbort = () => attempt.abort(signal.reason);
      signal.addEventListener('abort', onOuterAbort, { once: true });
      let firstEvent: ReturnType<typeof setTimeout> | undefined = setTimeout(() => attempt.abort(), FIRST_EVENT_TIMEOUT_MS);
      let events = 0;
      try {
        for await (const event of client.events(sessionId, { signal: attempt.signal })) {
          if (events++ === 0) {
            clearTimeout(firstEvent);
            firstEvent = undefined;
          }
          sseFailures = 0;
          options.onEvent?.(event);
          if (event.type === 'status' && wanted.has(event.status)) return await client.getSession(sessionId, { signal });
        }
        // The server closed the stream (restart, proxy timeout): check, then listen again; an empty one counts as broken.
        if (events === 0) sseFailures += 1;
      } catch (error) {
        if (signal.aborted) throw error;
        // Not-found and auth errors are answers, not a broken stream.
        if (error instanceof VideoAgentError && error.status >= 400 && error.status < 500 && error.status !== 404 && error.status !== 406) throw error;
        if (error instanceof VideoAgentError && error.status === 404) {
          // The session itself may not exist: GET says so with the typed error.
          await client.getSession(sessionId, { signal });
        }
        sseFailures += 1;
      } finally {
        clearTimeout(firstEvent);
        signal.removeEventListener('abort', onOuterAbort);
      }
      const session = await client.getSession(sessionId, { signal });
      if (wanted.has(session.status)) return session;
    }
    return await poll(client, sessionId, wanted, signal, options);
  } catch (error) {
    if (timedOut) {
      throw new VideoAgentError('timeout', `Session ${sessionId} did not reach ${[...wanted].join('/')} within ${options.timeoutMs} ms.`, { cause: error });
    }
    throw error;
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

async function poll(client: SessionReader, sessionId: string, wanted: Set<string>, signal: AbortSignal, options: WaitForOptions): Promise<Session> {
  let last = '';
  for (;;) {
    const session = await client.getSession(sessionId, { signal });
    const key = `${session.status}:${session.progress}`;
    if (key !== last) {
      last = key;
      options.onEvent?.({
        type: 'status',
        session_id: session.session_id,
        status: session.status,
        progress: session.progress,
        title: session.title,
        video_id: session.video_id,
      });
    }
    if (wanted.has(session.status)) return session;
    await sleep(options.pollIntervalMs ?? 1000, signal);
  }
}
