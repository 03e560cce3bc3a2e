import type { ModelManager, PullProgress } from '../../models/index.js';

/** A pull as the studio follows it. */
export type PullEvent =
  | { type: 'progress'; model_id: string; received_bytes: number; total_bytes: number | null; bytes_per_second: number; seconds_left: number | null; file: string }
  | { type: 'installed'; model_id: string }
  | { type: 'failed'; model_id: string; code: string; message: string };

interface PullState {
  last: PullEvent | null;
  listeners: Set<(event: PullEvent) => void>;
}

/**
 * Pulls started over HTTP, run in the background of this process: their last event (for GET /v3/models) and
 * their listeners (for the SSE stream). A finished pull keeps its last event until the next one starts.
 */
export class ModelPulls {
  private readonly states = new Map<string, PullState>();

  constructor(private readonly manager: ModelManager) {}

  last(id: string): PullEvent | null {
    return this.states.get(id)?.last ?? null;
  }

  running(id: string): boolean {
    return this.states.get(id)?.last?.type === 'progress';
  }

  start(id: string, onError: (error: unknown) => void): void {
    if (this.running(id)) return;
    const state = this.state(id);
    state.last = { type: 'progress', model_id: id, received_bytes: 0, total_bytes: null, bytes_per_second: 0, seconds_left: null, file: '' };
    let lastSent = 0;
    const emit = (event: PullEvent) => {
      state.last = event;
      for (const listener of state.listeners) listener(event);
    };
    this.manager
      .pull(id, (progress: PullProgress) => {
        // At most five progress events a second: a fast local mirror would flood the stream.
        if (Date.now() - lastSent < 200) return;
        lastSent = Date.now();
        emit({ type: 'progress', model_id: id, received_bytes: progress.receivedBytes, total_bytes: progress.totalBytes, bytes_per_second: Math.round(progress.bytesPerSecond), seconds_left: progress.secondsLeft === null ? null : Math.round(progress.secondsLeft), file: progress.file });
      })
      .then(
        () => emit({ type: 'installed', model_id: id }),
        (error: unknown) => {
          onError(error);
          const code = (error as { code?: string }).code ?? 'failed';
          emit({ type: 'failed', model_id: id, code, message: error instanceof Error ? error.message : String(error) });
        },
      );
  }

  subscribe(id: string, listener: (event: PullEvent) => void): () => void {
    const state = this.state(id);
    state.listeners.add(listener);
    return () => state.listeners.delete(listener);
  }

  private state(id: string): PullState {
    let state = this.states.get(id);
    if (state === undefined) {
      state = { last: null, listeners: new Set() };
      this.states.set(id, state);
    }
    return state;
  }
}
