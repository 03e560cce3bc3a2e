import { EventEmitter } from 'node:events';
import type { SessionEvent } from './session-service.js';

/** One in-process bus for session events: SSE, webhooks and logs all listen here. */
export class SessionEvents {
  private readonly emitter = new EventEmitter();

  constructor() {
    // Many SSE clients may follow one session; that is not a leak.
    this.emitter.setMaxListeners(0);
  }

  emit(event: SessionEvent): void {
    this.emitter.emit(event.session_id, event);
    this.emitter.emit('*', event);
  }

  subscribe(sessionId: string | '*', listener: (event: SessionEvent) => void): () => void {
    this.emitter.on(sessionId, listener);
    return () => this.emitter.off(sessionId, listener);
  }
}
