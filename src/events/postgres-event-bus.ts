import { createHash, randomUUID } from 'node:crypto';
import pg from 'pg';
import type { EventBus, SessionEvent, SessionEventListener } from './event-bus.js';
import { InProcessEventBus } from './in-process-event-bus.js';
import { readSessionEvent, statusEventOf, type EventStore } from './read-session-event.js';
import { parseSessionNotice, toSessionNotice } from './session-notice.js';

export interface PostgresEventBusOptions {
  connectionString: string;
  /** DATABASE_SCHEMA: the channel is named after it, so deployments (and test runs) sharing a database stay apart. */
  schema: string;
  /** Where message bodies and titles are read (notices carry ids, status and progress only). */
  store: EventStore;
  /** A lost connection, a send or a read that failed; the bus carries on (reconnects, retries, skips). */
  onError?: (error: unknown) => void;
  /** Each time the LISTEN connection is up: at start and after every reconnection. */
  onListening?: (info: { channel: string; origin: string; reconnected: boolean }) => void;
  /** The first reconnection waits this long, doubling at each failed try up to maxBackoffMs (defaults 100 and 5000). */
  minBackoffMs?: number;
  maxBackoffMs?: number;
  applicationName?: string;
}

/** How many times one NOTIFY is tried before its event is given up on (the reconnect re-read covers statuses). */
const SEND_ATTEMPTS = 5;

/**
 * Session events across processes on PostgreSQL `LISTEN/NOTIFY`. A published event goes at once to this
 * process's subscribers (whole) and, as a small notice, to every other bus on the channel, which reads the rest
 * from the store and delivers it in arrival order; a bus ignores its own notices, so each subscriber hears an
 * event once. One dedicated connection listens; when it drops, the bus reconnects with exponential backoff and
 * then re-reads the status of every session it has subscribers for, since notices sent meanwhile are lost.
 */
export class PostgresEventBus implements EventBus {
  readonly channel: string;
  /** This bus's name on the channel (unique per bus, not per process). */
  readonly origin = randomUUID();
  private readonly local = new InProcessEventBus();
  /** Subscriptions per session id (and '*'): which notices are worth reading, which statuses to re-read. */
  private readonly followed = new Map<string, number>();
  /** The sending connection (NOTIFY); separate from the listener, so a publish never waits for a reconnection. */
  private readonly pool: pg.Pool;
  private listener: pg.Client | null = null;
  private failures = 0;
  private listenedBefore = false;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private connecting: Promise<void> | null = null;
  /** NOTIFYs in publish order (one connection, one at a time): subscribers elsewhere see a session's events in order. */
  private sending: Promise<void> = Promise.resolve();
  /** Notices are read from the store concurrently but delivered in the order they arrived. */
  private delivering: Promise<void> = Promise.resolve();
  private waiters: Array<() => void> = [];
  private closed = false;
  private readonly minBackoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly report: (error: unknown) => void;

  constructor(private readonly options: PostgresEventBusOptions) {
    this.channel = channelFor(options.schema);
    this.minBackoffMs = options.minBackoffMs ?? 100;
    this.maxBackoffMs = options.maxBackoffMs ?? 5_000;
    this.report = options.onError ?? (() => undefined);
    const application_name = options.applicationName ?? 'ova-events';
    this.pool = new pg.Pool({ connectionString: options.connectionString, max: 1, application_name, idleTimeoutMillis: 30_000 });
    this.pool.on('error', (error) => this.report(error));
    this.scheduleConnect(0);
  }

  publish(event: SessionEvent): void {
    if (!this.closed) {
      const payload = JSON.stringify(toSessionNotice(event, this.origin));
      this.sending = this.sending.then(() => this.send(payload));
    }
    this.local.publish(event);
  }

  subscribe(sessionId: string | '*', listener: SessionEventListener): () => void {
    this.followed.set(sessionId, (this.followed.get(sessionId) ?? 0) + 1);
    const unsubscribe = this.local.subscribe(sessionId, listener);
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      unsubscribe();
      const left = (this.followed.get(sessionId) ?? 1) - 1;
      if (left > 0) this.followed.set(sessionId, left);
      else this.followed.delete(sessionId);
    };
  }

  /** Resolves once the bus is listening (at once if it is), or when it closes. */
  listening(): Promise<void> {
    if (this.listener !== null || this.closed) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    await this.connecting;
    await this.sending;
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
    await this.pool.end().catch(() => undefined);
    await this.delivering;
    await this.local.close();
    for (const resolve of this.waiters.splice(0)) resolve();
  }

  private async send(payload: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.pool.query('SELECT pg_notify($1, $2)', [this.channel, payload]);
        return;
      } catch (error) {
        if (this.closed || attempt >= SEND_ATTEMPTS) {
          this.report(error);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, this.backoff(attempt)));
      }
    }
  }

  private backoff(failures: number): number {
    return Math.min(this.maxBackoffMs, this.minBackoffMs * 2 ** Math.max(0, failures - 1));
  }

  private scheduleConnect(delayMs: number): void {
    if (this.closed || this.reconnectTimer !== null || this.connecting !== null) return;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.connecting = this.connect().then((listening) => {
        this.connecting = null;
        if (!listening) this.scheduleConnect(this.backoff(++this.failures));
      });
    }, delayMs);
    // The bus alone must not keep a process alive.
    this.reconnectTimer.unref();
  }

  /** Opens the listening connection; false when that failed (the caller tries again later). */
  private async connect(): Promise<boolean> {
    const client = new pg.Client({ connectionString: this.options.connectionString, application_name: `${this.options.applicationName ?? 'ova-events'}-listen`, keepAlive: true });
    // node-postgres reports one cut twice (the server's FATAL, then the socket's end): only the first counts.
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, null));
    client.on('notification', (message) => {
      if (message.channel === this.channel) this.received(message.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN "${this.channel}"`);
    } catch (error) {
      await client.end().catch(() => undefined);
      if (!this.closed) this.report(error);
      return this.closed;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return true;
    }
    this.listener = client;
    this.failures = 0;
    const reconnected = this.listenedBefore;
    this.listenedBefore = true;
    this.options.onListening?.({ channel: this.channel, origin: this.origin, reconnected });
    for (const resolve of this.waiters.splice(0)) resolve();
    // Notices sent before this LISTEN (while disconnected, or before the first connect) are lost: re-read.
    this.resync();
    return true;
  }

  private lost(client: pg.Client, error: unknown): void {
    if (this.listener !== client) return;
    this.listener = null;
    if (error !== null) this.report(error);
    void client.end().catch(() => undefined);
    if (!this.closed) this.scheduleConnect(this.backoff(++this.failures));
  }

  private received(payload: string | undefined): void {
    const notice = parseSessionNotice(payload);
    if (notice === null || notice.o === this.origin) return;
    if (!this.followed.has(notice.s) && !this.followed.has('*')) return;
    this.deliver(readSessionEvent(notice, this.options.store));
  }

  /** Delivers the status of every followed session as the store has it now. */
  private resync(): void {
    for (const sessionId of this.followed.keys()) {
      if (sessionId === '*') continue;
      this.deliver(this.options.store.getSession(sessionId).then((session) => (session ? statusEventOf(session) : null)));
    }
  }

  private deliver(reading: Promise<SessionEvent | null>): void {
    this.delivering = this.delivering.then(async () => {
      try {
        const event = await reading;
        if (event !== null && !this.closed) this.local.publish(event);
      } catch (error) {
        this.report(error);
      }
    });
  }
}

/** `<schema>_session_events`, or a hashed name when that would pass PostgreSQL's 63-byte identifier limit. */
export function channelFor(schema: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new TypeError(`Invalid PostgreSQL schema name ${JSON.stringify(schema)}`);
  const name = `${schema}_session_events`;
  return name.length <= 63 ? name : `ova_session_events_${createHash('sha256').update(schema).digest('hex').slice(0, 16)}`;
}
