import { randomUUID } from 'node:crypto';
import { newId, type Store, type WebhookAttempt, type WebhookDeliveryRecord, type WebhookEndpointRecord } from '../store/index.js';
import { signWebhook } from './sign-webhook.js';
import { BlockedUrlError } from '../net/index.js';

export const webhookEventTypes = ['video_agent.success', 'video_agent.fail'] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

/** `event_data` as API.md defines it. */
export interface WebhookEventData {
  session_id: string;
  video_id: string | null;
  url: string | null;
  callback_id: string | null;
  msg?: string;
  [key: string]: unknown;
}

export interface NotifyInput {
  owner: string;
  session_id: string;
  /** The session's callback_url; null when it has none (registered endpoints are still notified). */
  callback_url: string | null;
  event_type: WebhookEventType;
  event_data: WebhookEventData;
}

/** What the dispatcher reports, for logs and metrics. */
export type WebhookDispatcherEvent =
  | {
      type: 'attempt';
      delivery_id: string;
      url: string;
      attempt: number;
      status_code: number | null;
      error: string | null;
      duration_ms: number;
      /** What became of the delivery after this attempt. */
      outcome: 'delivered' | 'retrying' | 'failed';
      next_attempt_at: number | null;
    }
  | { type: 'error'; delivery_id: string | null; error: unknown }
  /** Our lease ran out before the attempt was recorded and another dispatcher took the delivery over. */
  | { type: 'lease_lost'; delivery_id: string; attempt: number };

export interface WebhookDispatcherOptions {
  store: Store;
  /** The signing secret of an owner's callback_url deliveries (see callbackSecretFor). */
  secretFor(owner: string): string;
  fetch?: typeof fetch;
  /** Waits before each retry; attempts = length + 1. */
  backoffMs?: readonly number[];
  /** Bound on one attempt. */
  timeoutMs?: number;
  /** Unix milliseconds. */
  now?: () => number;
  onEvent?: (event: WebhookDispatcherEvent) => void;
  /** How often the loop started by start() looks for due deliveries. */
  pollIntervalMs?: number;
  /** At most this many sends at once. */
  maxConcurrent?: number;
  /**
   * How long a claimed attempt stays ours (default timeoutMs + 30 s). Another process takes the delivery over
   * only after this, so it must outlast one attempt: the send (bounded by timeoutMs) and its store writes.
   */
  leaseMs?: number;
}

export const defaultWebhookBackoffMs = [10_000, 30_000, 120_000, 600_000, 1_800_000, 3_600_000] as const;

/** A status code that means "stop sending": the receiver says the URL is gone for good. */
const GONE = 410;

function errorText(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const base = error instanceof Error ? error.message : String(error);
  const detail = cause?.code ?? cause?.message;
  return detail && detail !== base ? `${base} (${detail})` : base;
}

/** Retry-After in milliseconds (seconds or an HTTP date), or null. */
function retryAfterMs(value: string | null, now: number): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/**
 * Sends signed webhooks and retries them durably: every delivery is a row in the store before its first
 * attempt, each attempt is appended to it, and start() picks up due retries — also those a previous process
 * left. The delivery id is the `webhook-id` of every attempt, so receivers can dedupe.
 *
 * Several processes may share one store: an attempt is sent only after the store has leased the delivery to
 * this dispatcher (claimWebhookDeliveries), and its result is written only while the lease is still ours, so
 * each due attempt is sent by one process. A process that dies mid-send leaves a lease that runs out after
 * leaseMs; then any dispatcher takes the delivery again.
 */
export class WebhookDispatcher {
  private readonly store: Store;
  private readonly secretFor: (owner: string) => string;
  private readonly fetch: typeof fetch;
  private readonly backoffMs: readonly number[];
  private readonly timeoutMs: number;
  private readonly now: () => number;
  private readonly onEvent: (event: WebhookDispatcherEvent) => void;
  private readonly pollIntervalMs: number;
  private readonly maxConcurrent: number;
  private readonly leaseMs: number;
  /** The lease holder's name in the store: this dispatcher, not the process, so two in one process stay apart. */
  private readonly claimant = `wh_${randomUUID()}`;
  private readonly inFlight = new Map<string, Promise<void>>();
  private timer: NodeJS.Timeout | null = null;
  private tick: Promise<void> | null = null;
  private running = false;

  constructor(options: WebhookDispatcherOptions) {
    this.store = options.store;
    this.secretFor = options.secretFor;
    this.fetch = options.fetch ?? ((input, init) => fetch(input, init));
    this.backoffMs = options.backoffMs ?? defaultWebhookBackoffMs;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.now = options.now ?? Date.now;
    this.onEvent = options.onEvent ?? (() => {});
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.maxConcurrent = options.maxConcurrent ?? 8;
    this.leaseMs = options.leaseMs ?? this.timeoutMs + 30_000;
  }

  /** Total attempts a delivery gets. */
  get maxAttempts(): number {
    return this.backoffMs.length + 1;
  }

  /**
   * Records a delivery to the callback URL and one to each active registered endpoint of the owner that takes
   * this event, then attempts them in the background. Resolves once they are stored (durable), not sent.
   */
  async notify(input: NotifyInput): Promise<WebhookDeliveryRecord[]> {
    const payload = { event_type: input.event_type, event_data: input.event_data };
    const targets: Array<{ url: string; endpoint_id: string | null }> = [];
    if (input.callback_url) targets.push({ url: input.callback_url, endpoint_id: null });
    for (const endpoint of await this.endpointsFor(input.owner, input.event_type)) {
      targets.push({ url: endpoint.url, endpoint_id: endpoint.id });
    }
    const created = this.now();
    const deliveries: WebhookDeliveryRecord[] = [];
    for (const target of targets) {
      const delivery: WebhookDeliveryRecord = {
        id: newId('msg'),
        owner: input.owner,
        session_id: input.session_id,
        endpoint_id: target.endpoint_id,
        url: target.url,
        event_type: input.event_type,
        payload,
        status: 'pending',
        attempts: [],
        // Due at once, so that a crash before the first attempt still gets it sent by the next process.
        next_attempt_at: created,
        created_at: created,
      };
      await this.store.insertWebhookDelivery(delivery);
      deliveries.push(delivery);
    }
    if (deliveries.length > 0) {
      // Another process's loop may have claimed one already: it sends that one, we send the rest.
      try {
        for (const claimed of await this.claim(deliveries.length, deliveries.map((d) => d.id))) this.launch(claimed);
      } catch (error) {
        // Stored is enough: a loop (ours or another process's) sends them once they are claimable.
        this.onEvent({ type: 'error', delivery_id: null, error });
      }
    }
    return deliveries;
  }

  /** Starts the loop that sends due deliveries (retries, and anything a previous process left pending). */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule(0);
  }

  /** Stops the loop and waits for the sends in flight. Pending deliveries stay in the store for the next start. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.tick;
    await Promise.allSettled([...this.inFlight.values()]);
  }

  /** Sends every due delivery once now and waits for the sends (what one turn of the loop does). */
  async runDue(): Promise<void> {
    await this.pickUpDue();
    await Promise.allSettled([...this.inFlight.values()]);
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      this.tick = this.pickUpDue().finally(() => {
        this.tick = null;
        if (this.running) this.schedule(this.pollIntervalMs);
      });
    }, delayMs);
    // The loop alone must not keep a process alive.
    this.timer.unref();
  }

  private async pickUpDue(): Promise<void> {
    const room = this.maxConcurrent - this.inFlight.size;
    if (room <= 0) return;
    try {
      for (const delivery of await this.claim(room)) this.launch(delivery);
    } catch (error) {
      this.onEvent({ type: 'error', delivery_id: null, error });
    }
  }

  /** Leases due deliveries to this dispatcher; only what the store hands us is ours to send. */
  private claim(limit: number, ids?: string[]): Promise<WebhookDeliveryRecord[]> {
    const now = this.now();
    return this.store.claimWebhookDeliveries({ now, leaseUntil: now + this.leaseMs, claimant: this.claimant, limit, ...(ids ? { ids } : {}) });
  }

  /**
   * Starts one attempt of a delivery this dispatcher has claimed, unless one is already running here (we
   * re-claimed our own delivery after its lease ran out mid-send: the running attempt settles it).
   */
  private launch(delivery: WebhookDeliveryRecord): void {
    if (this.inFlight.has(delivery.id)) return;
    const sending = this.attempt(delivery)
      .catch((error: unknown) => this.onEvent({ type: 'error', delivery_id: delivery.id, error }))
      .finally(() => this.inFlight.delete(delivery.id));
    this.inFlight.set(delivery.id, sending);
  }

  private async endpointsFor(owner: string, eventType: WebhookEventType): Promise<WebhookEndpointRecord[]> {
    const out: WebhookEndpointRecord[] = [];
    let cursor: string | null = null;
    do {
      const page = await this.store.listWebhookEndpoints(owner, { limit: 100, cursor });
      // An endpoint registered without a list of events takes them all.
      out.push(...page.items.filter((e) => e.status === 'active' && (e.events.length === 0 || e.events.includes(eventType))));
      cursor = page.next;
    } while (cursor);
    return out;
  }

  private async attempt(delivery: WebhookDeliveryRecord): Promise<void> {
    const attempts = [...delivery.attempts];
    const started = this.now();
    const result = await this.send(delivery, started);
    const finished = this.now();
    const record: WebhookAttempt = {
      at: started,
      status_code: result.statusCode,
      error: result.error,
      duration_ms: Math.max(0, finished - started),
    };
    attempts.push(record);

    let outcome: 'delivered' | 'retrying' | 'failed';
    let nextAttemptAt: number | null = null;
    if (result.error === null) outcome = 'delivered';
    else if (result.final || attempts.length >= this.maxAttempts) outcome = 'failed';
    else {
      outcome = 'retrying';
      const backoff = this.backoffMs[attempts.length - 1]!;
      const last = this.backoffMs[this.backoffMs.length - 1]!;
      // Honour a receiver's Retry-After when it asks for longer, but never past our longest wait.
      nextAttemptAt = finished + Math.max(backoff, Math.min(result.retryAfterMs ?? 0, last));
    }
    const status = outcome === 'retrying' ? 'pending' : outcome;
    const kept = await this.store.settleWebhookDelivery(delivery.id, this.claimant, { attempts, status, next_attempt_at: nextAttemptAt });
    if (!kept) {
      this.onEvent({ type: 'lease_lost', delivery_id: delivery.id, attempt: attempts.length });
      return;
    }
    this.onEvent({
      type: 'attempt',
      delivery_id: delivery.id,
      url: delivery.url,
      attempt: attempts.length,
      status_code: result.statusCode,
      error: result.error,
      duration_ms: record.duration_ms,
      outcome,
      next_attempt_at: nextAttemptAt,
    });
  }

  /** One signed POST. `final` means retrying cannot help (endpoint gone, 410). Never throws. */
  private async send(
    delivery: WebhookDeliveryRecord,
    started: number,
  ): Promise<{ statusCode: number | null; error: string | null; retryAfterMs: number | null; final: boolean }> {
    let secret: string | null;
    try {
      secret = await this.secretOf(delivery);
    } catch (failure) {
      return { statusCode: null, error: `No signing secret: ${errorText(failure)}`, retryAfterMs: null, final: false };
    }
    if (secret === null) {
      return { statusCode: null, error: 'The webhook endpoint was deleted or disabled.', retryAfterMs: null, final: true };
    }
    const body = JSON.stringify(delivery.payload);
    try {
      const signed = signWebhook(secret, delivery.id, Math.floor(started / 1000), body);
      const response = await this.fetch(delivery.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'OpenVideoAgent-Webhooks/1', ...signed },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      const statusCode = response.status;
      const retryAfter = retryAfterMs(response.headers.get('retry-after'), started);
      // We do not read the answer; cancelling frees the connection.
      await response.body?.cancel().catch(() => {});
      const ok = statusCode >= 200 && statusCode < 300;
      return { statusCode, error: ok ? null : `The receiver answered ${statusCode}.`, retryAfterMs: retryAfter, final: statusCode === GONE };
    } catch (failure) {
      const timedOut = failure instanceof Error && failure.name === 'TimeoutError';
      // A URL the outbound policy refuses (private address, also after DNS) will not become acceptable by waiting.
      const refused = failure instanceof BlockedUrlError;
      return { statusCode: null, error: timedOut ? `No answer within ${this.timeoutMs} ms.` : errorText(failure), retryAfterMs: null, final: refused };
    }
  }

  /** An endpoint's own secret, the owner's callback secret, or null when the endpoint is gone or disabled. */
  private async secretOf(delivery: WebhookDeliveryRecord): Promise<string | null> {
    if (delivery.endpoint_id === null) return this.secretFor(delivery.owner);
    const endpoint = await this.store.getWebhookEndpoint(delivery.endpoint_id, delivery.owner);
    return endpoint && endpoint.status === 'active' ? endpoint.secret : null;
  }
}
