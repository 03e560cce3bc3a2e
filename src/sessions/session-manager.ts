import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../errors/index.js';
import { InProcessEventBus } from '../events/index.js';
import type { SessionRecord } from '../store/index.js';
import { createSession } from './handlers/create-session.js';
import { resumeSession } from './handlers/resume-session.js';
import { runSessionJob } from './handlers/run-session-job.js';
import { sendMessage } from './handlers/send-message.js';
import { stopSession } from './handlers/stop-session.js';
import { failOverdueRuns } from './handlers/watchdog.js';
import { MessageLog } from './message-log.js';
import { SessionAttachments } from './session-attachments.js';
import type { SessionContext } from './session-context.js';
import type { SessionManagerOptions } from './session-options.js';
import { SESSION_JOB } from './session-runs.js';
import type { CreateSessionInput, SendMessageInput, SessionEvent, SessionService } from './session-service.js';
import { activeStatuses } from './session-transitions.js';
import { SessionWriter } from './session-writer.js';
import { StoryboardDrafts } from './storyboard-drafts.js';
import { UsageRecorder } from './usage-recorder.js';
import { VoiceCatalog } from './voice-catalog.js';

/** Builds the handlers' shared context from the injected adapters. */
export function createSessionContext(options: SessionManagerOptions): SessionContext {
  const { store, events: givenEvents, now: givenNow, ...rest } = options;
  const events = givenEvents ?? new InProcessEventBus();
  const now = givenNow ?? Date.now;
  const rows = new SessionWriter(store, events);
  const resolveAsset = async (assetId: string) => {
    const asset = await store.getAsset(assetId);
    if (!asset || asset.status !== 'ready') throw new AppError('asset_not_available', `Asset ${assetId} is not available.`);
    return { path: await options.blobs.localPath(asset.blob_key), mimeType: asset.mime_type };
  };
  return {
    ...rest,
    store,
    rows,
    events,
    now,
    resolveAsset,
    messages: new MessageLog(store, events, now),
    drafts: new StoryboardDrafts(store, options.blobs, (storyboard, index) => options.renderer.renderSceneImage(storyboard, index, { resolveAsset })),
    attachments: new SessionAttachments(store, options.blobs, { maxBytes: options.maxUploadBytes, downloadTimeoutMs: 30_000, guard: options.outbound }),
    voices: new VoiceCatalog(options.tts),
    usage: new UsageRecorder(store, rows, options.logger),
  };
}

/**
 * The session service: a thin facade over one handler per kind of work (src/sessions/handlers). The Store row
 * is the source of truth; the queue only says "look at this session now", so a restart (or another worker)
 * carries on from what is stored.
 */
export class SessionManager implements SessionService {
  private readonly ctx: SessionContext;
  private watchdog: NodeJS.Timeout | null = null;

  constructor(options: SessionManagerOptions) {
    this.ctx = createSessionContext(options);
  }

  /** Forget the cached voice list: a model was pulled or removed, so the voices changed. */
  invalidateVoices(): void {
    this.ctx.voices.invalidate();
  }

  create(owner: string, input: CreateSessionInput): Promise<SessionRecord> {
    return createSession(this.ctx, owner, input);
  }

  sendMessage(owner: string, sessionId: string, input: SendMessageInput): Promise<{ session: SessionRecord; run_id: string }> {
    return sendMessage(this.ctx, owner, sessionId, input);
  }

  stop(owner: string, sessionId: string): Promise<SessionRecord> {
    return stopSession(this.ctx, owner, sessionId);
  }

  subscribe(sessionId: string, listener: (event: SessionEvent) => void): () => void {
    return this.ctx.events.subscribe(sessionId, listener);
  }

  async start(): Promise<void> {
    const ctx = this.ctx;
    await rm(join(ctx.dataDir, 'tmp'), { recursive: true, force: true });
    await ctx.queue.work(SESSION_JOB, 2 + ctx.maxActiveJobsPerKey, (job, signal) => runSessionJob(ctx, job, signal));
    // A durable queue still holds unfinished runs (and takes them from dead workers itself); resuming them here
    // too would run them twice. An in-process queue lost them with the previous process.
    if (!ctx.queue.durable) {
      for (const session of await ctx.store.findSessionsByStatus(activeStatuses)) await resumeSession(ctx, session);
    }
    this.watchdog = setInterval(
      () => void failOverdueRuns(ctx).catch((error: unknown) => ctx.logger.error({ err: error }, 'watchdog failed')),
      ctx.watchdogIntervalMs ?? 5_000,
    );
    this.watchdog.unref();
  }

  async close(): Promise<void> {
    if (this.watchdog) clearInterval(this.watchdog);
    this.watchdog = null;
    await this.ctx.queue.close({ abort: true });
  }
}
