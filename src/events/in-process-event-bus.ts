import { EventEmitter } from 'node:events';
import type { EventBus, SessionEvent, SessionEventListener } from './event-bus.js';

/** The event bus of a single process (SQLite, one server): an EventEmitter keyed by session id. */
export class InProcessEventBus implements EventBus {
  private readonly emitter = new EventEmitter();

  constructor() {
    // Many SSE clients may follow one session; that is not a leak.
    this.emitter.setMaxListeners(0);
  }

  publish(event: SessionEvent): void {
    this.emitter.emit(event.session_id, event);
    this.emitter.emit('*', event);
  }

  subscribe(sessionId: string | '*', listener: SessionEventListener): () => void {
    this.emitter.on(sessionId, listener);
    return () => this.emitter.off(sessionId, listener);
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}
