import { Worker } from 'node:worker_threads';
import { CancelledError, PermanentError } from '../../errors/index.js';

/** A voice as eSpeak lists it. */
export interface RawEspeakVoice {
  name: string;
  identifier: string;
  languages: { priority: number; name: string }[];
}

/** An eSpeak event as the worker posts it: `pos` is a 1-based code-point offset, `time` milliseconds. */
export interface RawEspeakEvent {
  type: 'word' | 'phoneme' | 'end' | 'sentence';
  pos: number;
  time: number;
  id?: string | number;
}

export interface EspeakInit {
  voices: RawEspeakVoice[];
  sampleRate: number;
  /** Seconds from starting the worker to eSpeak being ready. */
  initSeconds: number;
}

export interface RawSynthesis {
  samples: Int16Array;
  events: RawEspeakEvent[];
  sampleRate: number;
}

type Request =
  | { kind: 'init' }
  | { kind: 'synthesize'; text: string; voice: string; rate: number };

interface Pending {
  id: number;
  request: Request;
  signal: AbortSignal | undefined;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  onAbort: () => void;
}

interface Reply {
  id: number;
  ok: boolean;
  message?: string;
  unknownVoice?: boolean;
  [key: string]: unknown;
}

/**
 * Owns the one eSpeak worker thread: started on first use, one request at a time (eSpeak is a single
 * synchronous instance), the rest queued. The worker is unref'd while idle so a forgotten `close()` never
 * keeps the process alive.
 */
export class EspeakWorkerClient {
  private worker: Worker | undefined;
  private readonly queue: Pending[] = [];
  private running: Pending | undefined;
  private nextId = 1;
  private initPromise: Promise<EspeakInit> | undefined;
  // Shared with the worker: holds the id of a running request that should stop.
  private readonly cancel = new Int32Array(new SharedArrayBuffer(4));

  init(): Promise<EspeakInit> {
    if (this.initPromise === undefined) {
      const started = performance.now();
      const promise = this.send({ kind: 'init' }, undefined).then((reply) => {
        const { voices, sampleRate } = reply as { voices: RawEspeakVoice[]; sampleRate: number };
        return { voices, sampleRate, initSeconds: (performance.now() - started) / 1000 };
      });
      // A failed start may succeed next time (e.g. after close()).
      promise.catch(() => {
        if (this.initPromise === promise) this.initPromise = undefined;
      });
      this.initPromise = promise;
    }
    return this.initPromise;
  }

  async synthesize(text: string, voice: string, rate: number, signal?: AbortSignal): Promise<RawSynthesis> {
    const reply = await this.send({ kind: 'synthesize', text, voice, rate }, signal);
    return reply as unknown as RawSynthesis;
  }

  /** Stops the worker; requests still waiting are rejected with CancelledError. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.initPromise = undefined;
    this.failAll(new CancelledError('The eSpeak engine was closed'));
    if (worker !== undefined) await worker.terminate();
  }

  private send(request: Request, signal: AbortSignal | undefined): Promise<Record<string, unknown>> {
    if (signal?.aborted) return Promise.reject(new CancelledError());
    return new Promise((resolve, reject) => {
      const pending: Pending = {
        id: this.nextId++,
        request,
        signal,
        resolve: resolve as (value: unknown) => void,
        reject,
        onAbort: () => this.abort(pending),
      };
      signal?.addEventListener('abort', pending.onAbort, { once: true });
      this.queue.push(pending);
      this.pump();
    });
  }

  private abort(pending: Pending): void {
    const index = this.queue.indexOf(pending);
    if (index >= 0) this.queue.splice(index, 1);
    // A running request is stopped inside the worker; its late reply is then ignored.
    if (this.running === pending) Atomics.store(this.cancel, 0, pending.id);
    pending.reject(new CancelledError());
  }

  private pump(): void {
    if (this.running !== undefined) return;
    const next = this.queue.shift();
    if (next === undefined) {
      this.worker?.unref();
      return;
    }
    this.running = next;
    try {
      const worker = this.ensureWorker();
      worker.ref();
      worker.postMessage({ id: next.id, ...next.request });
    } catch (error) {
      // The worker could not start (e.g. its file is missing from a build): fail this request, try the next.
      this.running = undefined;
      this.settle(next, { id: next.id, ok: false, message: error instanceof Error ? error.message : String(error) });
      this.pump();
    }
  }

  private ensureWorker(): Worker {
    if (this.worker !== undefined) return this.worker;
    const worker = new Worker(new URL('./espeak-worker.mjs', import.meta.url), { workerData: { cancel: this.cancel } });
    worker.on('message', (reply: Reply) => this.onReply(reply));
    worker.on('error', (error) => this.onWorkerGone(worker, error));
    worker.on('exit', (code) => this.onWorkerGone(worker, new Error(`The eSpeak worker exited with code ${code}`)));
    this.worker = worker;
    return worker;
  }

  private onReply(reply: Reply): void {
    const pending = this.running;
    if (pending === undefined || pending.id !== reply.id) return;
    this.running = undefined;
    this.settle(pending, reply);
    this.pump();
  }

  private settle(pending: Pending, reply: Reply): void {
    pending.signal?.removeEventListener('abort', pending.onAbort);
    // Rejecting or resolving an already-aborted promise is a no-op, so a late reply is harmless.
    if (reply.ok) pending.resolve(reply);
    else if (reply.unknownVoice) pending.reject(new PermanentError(reply.message ?? 'Unknown eSpeak voice'));
    else if (pending.signal?.aborted) pending.reject(new CancelledError());
    else pending.reject(new Error(reply.message ?? 'eSpeak failed'));
  }

  private onWorkerGone(worker: Worker, error: Error): void {
    if (this.worker !== worker) return; // already closed or replaced
    this.worker = undefined;
    this.initPromise = undefined;
    this.failAll(error);
  }

  private failAll(error: Error): void {
    const all = this.running === undefined ? this.queue.splice(0) : [this.running, ...this.queue.splice(0)];
    this.running = undefined;
    for (const pending of all) {
      pending.signal?.removeEventListener('abort', pending.onAbort);
      pending.reject(error);
    }
  }
}
