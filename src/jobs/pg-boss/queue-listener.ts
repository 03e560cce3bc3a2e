import pg from 'pg';

export interface QueueListenerOptions {
  connectionString: string;
  applicationName: string;
  channels: readonly string[];
  onNotification(channel: string, payload: string): void;
  /** The connection died: the advisory locks taken on it are gone. */
  onLost(client: pg.Client): void;
  /** Connected again after a loss: take the locks again. */
  onReconnected(): Promise<void>;
  report(error: unknown): void;
  /** The queue is closing: no new connection. */
  isClosed(): boolean;
}

/**
 * The queue's dedicated connection: LISTEN for wake-ups and cancels, and hold the advisory locks of running jobs.
 * After a loss it reconnects by itself, once a second until it succeeds.
 */
export class QueueListener {
  /** The live connection; null while disconnected. */
  client: pg.Client | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;

  constructor(private readonly options: QueueListenerOptions) {}

  async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.options.connectionString, application_name: this.options.applicationName });
    // node-postgres reports one cut twice (the server's FATAL, then the socket's end); only the first loss of
    // the current listener counts, so there is one reconnection and one connection holding our locks.
    client.on('error', (error) => {
      if (this.client !== client) return;
      this.options.report(error);
      this.lost(client);
    });
    client.on('notification', (message) => {
      if (message.payload !== undefined) this.options.onNotification(message.channel, message.payload);
    });
    try {
      await client.connect();
      for (const channel of this.options.channels) await client.query(`LISTEN "${channel}"`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.options.isClosed()) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
  }

  async close(): Promise<void> {
    if (this.reconnectTimer !== null) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    await this.client?.end().catch(() => undefined);
    this.client = null;
  }

  private lost(client: pg.Client): void {
    this.client = null;
    this.options.onLost(client);
    void client.end().catch(() => undefined);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.options.isClosed() || this.reconnectTimer !== null) return;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      void this.reconnect();
    }, 1_000);
    this.reconnectTimer.unref();
  }

  private async reconnect(): Promise<void> {
    if (this.options.isClosed() || this.client !== null) return;
    try {
      await this.connect();
    } catch (error) {
      this.options.report(error);
      this.scheduleReconnect();
      return;
    }
    await this.options.onReconnected();
  }
}
