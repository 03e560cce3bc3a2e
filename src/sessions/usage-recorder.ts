import type { Logger } from 'pino';
import { KeyedMutex } from '../locks/index.js';
import type { Store } from '../store/index.js';
import type { SessionWriter } from './session-writer.js';

/** Adds each model call's tokens to its session's total; the calls of one session are written in order. */
export class UsageRecorder {
  private readonly writes = new KeyedMutex();

  constructor(
    private readonly store: Pick<Store, 'getSession'>,
    private readonly rows: SessionWriter,
    private readonly logger: Logger,
  ) {}

  record(sessionId: string, usage: { input_tokens: number; output_tokens: number }): void {
    void this.writes
      .run(sessionId, async () => {
        const session = await this.store.getSession(sessionId);
        if (!session) return;
        await this.rows.patch(sessionId, {
          usage: { input_tokens: session.usage.input_tokens + usage.input_tokens, output_tokens: session.usage.output_tokens + usage.output_tokens },
        });
      })
      .catch((error: unknown) => this.logger.warn({ err: error, session_id: sessionId }, 'token usage not recorded'));
  }

  /** Resolves once the session's token counts are written: a turn's result is not visible before them. */
  async flushed(sessionId: string): Promise<void> {
    await this.writes.run(sessionId, async () => undefined);
  }
}
