import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { InProcessEventBus, type EventBus } from '../events/index.js';
import { AppError, CancelledError, isCancelled } from '../errors/index.js';
import { isBlockedUrlError, type OutboundGuard } from '../net/index.js';
import type { Planner, PlannerContext, PlanResult, ReviseResult } from '../agent/index.js';
import { toPlanBrand, type BrandKit } from '../brand-kits/index.js';
import type { Queue, Job } from '../jobs/index.js';
import type { TtsEngine, Voice } from '../media/tts/index.js';
import { isDatabaseUnavailable, newId, type BlobStore, type MessageRecord, type SessionRecord, type SessionRun, type SessionStatus, type Store, type VideoRecord } from '../store/index.js';
import { placePresenter, storyboardDuration, type Storyboard } from '../storyboard/index.js';
import { formatStoryboard, REVIEW_HINT } from './format-storyboard.js';
import { SessionAttachments } from './session-attachments.js';
import type { CreateSessionInput, SendMessageInput, SessionEvent, SessionService } from './session-service.js';
import { activeStatuses, isTerminal, messageableStatuses, sourcesOf } from './session-transitions.js';
import { StoryboardDrafts } from './storyboard-drafts.js';

export const SESSION_JOB = 'session.run';
/** A run that a restart has resumed this many times is given up: it is crashing the process. */
const MAX_RUN_ATTEMPTS = 3;

export interface RenderedFiles {
  videoPath: string;
  captionedVideoPath: string;
  thumbnailPath: string;
  subtitlePath: string;
  /** WebVTT with per-word timestamps. */
  vttPath: string;
  /** A few seconds as an animated GIF, for `gif_url`. */
  gifPath: string;
  duration: number;
}

export interface VideoRenderer {
  renderVideo(
    storyboard: Storyboard,
    options: {
      workDir: string;
      resolveAsset: (assetId: string) => Promise<{ path: string; mimeType: string }>;
      signal: AbortSignal;
      onProgress: (progress: { stage: string; fraction: number }) => void;
    },
  ): Promise<RenderedFiles>;
  renderSceneImage(storyboard: Storyboard, sceneIndex: number, options: { resolveAsset: (assetId: string) => Promise<{ path: string; mimeType: string }> }): Promise<Buffer>;
}

export interface SessionNotifier {
  notify(event: {
    owner: string;
    session_id: string;
    /** null: only registered endpoints are told. */
    callback_url: string | null;
    event_type: 'video_agent.success' | 'video_agent.fail';
    event_data: { session_id: string; video_id: string | null; url: string | null; callback_id: string | null; msg?: string };
  }): Promise<unknown>;
}

export interface SessionManagerOptions {
  store: Store;
  blobs: BlobStore;
  queue: Queue;
  planner: Planner;
  tts: TtsEngine;
  renderer: VideoRenderer;
  webhooks: SessionNotifier;
  /** Where session events go; one process's own bus when omitted. */
  events?: EventBus;
  logger: Logger;
  /** Signed link to a blob, for webhook payloads. */
  linkFor: (blobKey: string) => string;
  styleIds: readonly string[];
  avatarIds: readonly string[];
  dataDir: string;
  agentTimeoutSec: number;
  renderTimeoutSec: number;
  maxActiveJobsPerKey: number;
  maxUploadBytes: number;
  /** Checks URLs given on a client's behalf (files[].url, callback_url) and makes the downloads. */
  outbound?: OutboundGuard;
  /** Looks up a key's photo avatars (uploaded portraits); built-in looks are in `avatarIds`. */
  photoAvatars?: { get(id: string, owner: string): Promise<unknown> };
  /** Looks up a key's brand kits (src/brand-kits); without it every brand_kit_id is refused. */
  brandKits?: { get(owner: string, id: string): Promise<BrandKit | null> };
  watchdogIntervalMs?: number;
  now?: () => number;
}

type RunHandler = (session: SessionRecord, run: SessionRun, signal: AbortSignal) => Promise<void>;

/** Progress bands: thinking fills 5–40, generating 40–99, completed is 100. */
const PROGRESS = { thinkingStart: 5, thinkingEnd: 40, renderEnd: 99 } as const;

/**
 * The session state machine. The Store row is the source of truth; the queue only says "look at this
 * session now", so a restart (or another worker) carries on from what is stored.
 */
export class SessionManager implements SessionService {
  private readonly events: EventBus;
  private readonly drafts: StoryboardDrafts;
  private readonly attachments: SessionAttachments;
  private readonly now: () => number;
  private readonly measureCache = new Map<string, number>();
  private voicesCache: { at: number; voices: Voice[] } | null = null;
  private readonly usageWrites = new Map<string, Promise<void>>();
  private watchdog: NodeJS.Timeout | null = null;
  private readonly handlers: Record<SessionRun['kind'], RunHandler> = {
    plan: (session, run, signal) => this.runPlan(session, run, signal),
    revise: (session, run, signal) => this.runRevise(session, run, signal),
    render: (session, run, signal) => this.runRender(session, run, signal),
  };

  constructor(private readonly options: SessionManagerOptions) {
    this.now = options.now ?? Date.now;
    this.events = options.events ?? new InProcessEventBus();
    this.drafts = new StoryboardDrafts(options.store, options.blobs, (storyboard, index) =>
      options.renderer.renderSceneImage(storyboard, index, { resolveAsset: (id) => this.resolveAsset(id) }),
    );
    this.attachments = new SessionAttachments(options.store, options.blobs, {
      maxBytes: options.maxUploadBytes,
      downloadTimeoutMs: 30_000,
      guard: options.outbound,
    });
  }

  // ── the API surface ────────────────────────────────────────────────────────────────────────────

  async create(owner: string, input: CreateSessionInput): Promise<SessionRecord> {
    await this.validateIds(input, owner);
    if (input.callback_url) await this.checkCallbackUrl(input.callback_url);
    await this.checkActiveLimit(owner);
    const attachmentIds = await this.attachments.resolve(owner, input.files);
    const now = this.now();
    const session: SessionRecord = {
      id: newId('ses'),
      owner,
      mode: input.mode,
      status: 'thinking',
      prompt: input.prompt,
      title: null,
      progress: PROGRESS.thinkingStart,
      video_id: null,
      options: {
        avatar_id: input.avatar_id,
        voice_id: input.voice_id,
        style_id: input.style_id,
        brand_kit_id: input.brand_kit_id,
        orientation: input.orientation,
        duration_sec: input.duration_sec,
        auto_proceed: input.auto_proceed,
        skip_agentic_stop: input.skip_agentic_stop,
        incognito_mode: input.incognito_mode,
        callback_url: input.callback_url,
        callback_id: input.callback_id,
      },
      storyboard_version: null,
      run: this.newRun('plan', null, null),
      error: null,
      usage: { input_tokens: 0, output_tokens: 0 },
      created_at: now,
      updated_at: now,
    };
    await this.options.store.insertSession(session);
    await this.recordUploads(session, attachmentIds);
    await this.appendMessage(session.id, { role: 'user', type: 'text', content: input.prompt, attachment_ids: attachmentIds });
    await this.options.queue.enqueue(SESSION_JOB, { session_id: session.id }, { singletonKey: session.id });
    this.emitStatus(session);
    return session;
  }

  async sendMessage(owner: string, sessionId: string, input: SendMessageInput): Promise<{ session: SessionRecord; run_id: string }> {
    const session = await this.mustGet(owner, sessionId);
    if (session.mode !== 'chat') {
      throw new AppError('conflict', 'Only chat-mode sessions take messages; this session was created with mode "generate".');
    }
    if (!(messageableStatuses as readonly SessionStatus[]).includes(session.status)) {
      const why =
        session.status === 'failed'
          ? 'This session has failed; start a new one.'
          : `The agent is ${session.status === 'thinking' ? 'thinking' : 'rendering the video'}; wait until it is done (or stop it) before sending another message.`;
      throw new AppError('conflict', why);
    }
    await this.validateIds({ voice_id: input.voice_id, avatar_id: input.avatar_id, style_id: null, brand_kit_id: input.brand_kit_id }, owner);
    await this.checkActiveLimit(owner);
    const attachmentIds = await this.attachments.resolve(owner, input.files);
    await this.recordUploads(session, attachmentIds);
    const message = await this.appendMessage(session.id, { role: 'user', type: 'text', content: input.message, attachment_ids: attachmentIds });
    const run = this.newRun(session.storyboard_version === null ? 'plan' : 'revise', message.id, null);
    const updated = await this.options.store.transitionSession(
      session.id,
      [session.status],
      {
        status: 'thinking',
        run,
        progress: PROGRESS.thinkingStart,
        error: null,
        options: {
          ...session.options,
          voice_id: input.voice_id ?? session.options.voice_id,
          avatar_id: input.avatar_id ?? session.options.avatar_id,
          brand_kit_id: input.brand_kit_id ?? session.options.brand_kit_id,
          auto_proceed: session.options.auto_proceed || input.auto_proceed,
        },
      },
      null,
    );
    if (!updated) throw new AppError('conflict', 'The session changed while the message was being sent; poll it and try again.');
    await this.options.queue.enqueue(SESSION_JOB, { session_id: session.id }, { singletonKey: session.id });
    this.emitStatus(updated);
    return { session: updated, run_id: run.run_id };
  }

  async stop(owner: string, sessionId: string): Promise<SessionRecord> {
    const session = await this.mustGet(owner, sessionId);
    if (!(activeStatuses as readonly SessionStatus[]).includes(session.status) || !session.run) return session;
    const run = session.run;
    const to: SessionStatus = session.mode === 'chat' ? 'waiting_for_input' : 'failed';
    const what = run.kind === 'render' ? 'rendering' : 'the agent';
    const updated = await this.options.store.transitionSession(
      session.id,
      [session.status],
      { status: to, run: null, error: to === 'failed' ? 'Stopped by the user.' : null },
      run.run_id,
    );
    if (!updated) return (await this.options.store.getSession(session.id)) ?? session;
    await this.options.queue.cancel(session.id);
    if (run.video_id) {
      await this.options.store.updateVideo(run.video_id, { status: 'failed', failure_code: 'stopped', failure_message: 'Stopped by the user.' });
    }
    await this.postModel(
      updated,
      to === 'failed' ? 'error' : 'text',
      to === 'failed'
        ? `Stopped ${what} at your request. This session has ended; start a new one to try again.`
        : `Stopped ${what} at your request. The storyboard and messages so far are kept; send a message to carry on.`,
    );
    this.emitStatus(updated);
    if (to === 'failed') await this.finish(updated, 'fail', 'Stopped by the user.');
    return updated;
  }

  subscribe(sessionId: string, listener: (event: SessionEvent) => void): () => void {
    return this.events.subscribe(sessionId, listener);
  }

  async start(): Promise<void> {
    await rm(join(this.options.dataDir, 'tmp'), { recursive: true, force: true });
    await this.options.queue.work(SESSION_JOB, 2 + this.options.maxActiveJobsPerKey, (job, signal) => this.handle(job, signal));
    // A durable queue still holds unfinished runs (and takes them from dead workers itself); resuming them here
    // too would run them twice. An in-process queue lost them with the previous process.
    if (!this.options.queue.durable) {
      for (const session of await this.options.store.findSessionsByStatus(activeStatuses)) await this.resume(session);
    }
    const interval = this.options.watchdogIntervalMs ?? 5_000;
    this.watchdog = setInterval(() => void this.checkDeadlines().catch((error) => this.options.logger.error({ err: error }, 'watchdog failed')), interval);
    this.watchdog.unref();
  }

  async close(): Promise<void> {
    if (this.watchdog) clearInterval(this.watchdog);
    this.watchdog = null;
    await this.options.queue.close({ abort: true });
  }

  // ── running ───────────────────────────────────────────────────────────────────────────────────

  private async handle(job: Job, queueSignal: AbortSignal): Promise<void> {
    const sessionId = (job.data as { session_id: string }).session_id;
    const session = await this.options.store.getSession(sessionId);
    if (!session?.run || !(activeStatuses as readonly SessionStatus[]).includes(session.status)) return;
    const run = session.run;
    const remainingMs = Math.max(1, run.deadline_at - this.now());
    const signal = AbortSignal.any([queueSignal, AbortSignal.timeout(remainingMs)]);
    const log = this.options.logger.child({ session_id: session.id, run_id: run.run_id, kind: run.kind, attempt: run.attempt });
    log.info('run started');
    try {
      await this.handlers[run.kind](session, run, signal);
      log.info('run finished');
    } catch (error) {
      const timedOut = signal.aborted && !queueSignal.aborted;
      if (isCancelled(error, signal) && !timedOut) {
        log.info('run cancelled');
        return;
      }
      // PostgreSQL unreachable (restarting) is not the run's failure: the queue runs it again once it is back.
      if (isDatabaseUnavailable(error)) throw error;
      log.warn({ err: error }, 'run failed');
      await this.failRun(session.id, run, timedOut ? this.timeoutMessage(run) : describeError(error));
    }
  }

  private async runPlan(session: SessionRecord, run: SessionRun, signal: AbortSignal): Promise<void> {
    const userMessages = (await this.options.store.listMessages(session.id, 1000)).filter((m) => m.role === 'user').reverse();
    // Answers to a clarifying question extend the original prompt.
    const prompt = userMessages.map((m) => m.content).join('\n\n') || session.prompt;
    const attachments = await this.attachments.load(userMessages.flatMap((m) => m.attachment_ids ?? []));
    const context = await this.plannerContext(session, signal);
    const kit = session.options.brand_kit_id ? await this.options.brandKits?.get(session.owner, session.options.brand_kit_id) : null;
    let result: PlanResult;
    try {
      result = await this.options.planner.plan(
        {
          prompt,
          attachments,
          orientation: session.options.orientation,
          duration_sec: session.options.duration_sec,
          voice_id: session.options.voice_id,
          avatar_id: session.options.avatar_id,
          style_id: session.options.style_id,
          skip_agentic_stop: session.options.skip_agentic_stop || session.mode === 'generate' || session.options.auto_proceed,
          brand_kit: kit ? toPlanBrand(kit) : null,
        },
        context,
      );
    } catch (error) {
      if (isCancelled(error, signal) || session.mode !== 'chat') throw error;
      // A chat keeps going: the user can answer or rephrase, and the next message plans again.
      this.options.logger.warn({ err: error, session_id: session.id }, 'planning failed');
      await this.pause(session, run, 'waiting_for_input', `I could not plan this video: ${describeError(error)} Send a message to try again.`, 'error');
      return;
    }
    signal.throwIfAborted();
    if (result.kind === 'question') {
      await this.pause(session, run, 'waiting_for_input', result.message);
      return;
    }
    const storyboard = { ...result.storyboard, version: 1 };
    await this.acceptStoryboard(session, run, storyboard, result.message, session.mode === 'generate' || session.options.auto_proceed, signal);
  }

  private async runRevise(session: SessionRecord, run: SessionRun, signal: AbortSignal): Promise<void> {
    const version = session.storyboard_version;
    const message = run.message_id ? await this.options.store.getMessage(run.message_id) : null;
    if (version === null || !message) throw new Error('There is no storyboard to revise.');
    const history = await this.drafts.history(session.id, version);
    const current = history[history.length - 1] as Storyboard;
    const overrides: { voice_id?: string; avatar_id?: string } = {};
    if (session.options.voice_id && session.options.voice_id !== current.voice_id) overrides.voice_id = session.options.voice_id;
    if (session.options.avatar_id && session.options.avatar_id !== current.avatar_id) overrides.avatar_id = session.options.avatar_id;
    let result: ReviseResult;
    try {
      result = await this.options.planner.revise(
        { storyboard: current, history, message: message.content, attachments: await this.attachments.load(message.attachment_ids ?? []), overrides },
        await this.plannerContext(session, signal),
      );
    } catch (error) {
      if (isCancelled(error, signal)) throw error;
      // A planner failure on feedback must not end a chat: the last storyboard stays, the user can retry.
      this.options.logger.warn({ err: error, session_id: session.id }, 'revision failed');
      await this.pause(session, run, 'reviewing', `I could not apply that: ${describeError(error)} The storyboard is unchanged.`, 'error');
      return;
    }
    signal.throwIfAborted();
    switch (result.kind) {
      case 'unclear':
        await this.pause(session, run, 'waiting_for_input', result.message);
        return;
      case 'approved': {
        if (result.storyboard && JSON.stringify(result.storyboard) !== JSON.stringify(current)) {
          const storyboard = { ...result.storyboard, version: version + 1 };
          await this.acceptStoryboard(session, run, storyboard, result.message, true, signal);
        } else {
          await this.startRender(session, run, current, result.message);
        }
        return;
      }
      case 'revised': {
        const storyboard = { ...result.storyboard, version: version + 1 };
        await this.acceptStoryboard(session, run, storyboard, result.message, session.options.auto_proceed, signal);
        return;
      }
    }
  }

  private async runRender(session: SessionRecord, run: SessionRun, signal: AbortSignal): Promise<void> {
    const videoId = run.video_id;
    const version = session.storyboard_version;
    if (!videoId || version === null) throw new Error('The render has no video or storyboard.');
    const storyboard = await this.drafts.load(session.id, version);
    await this.options.store.updateVideo(videoId, { status: 'processing' });
    const workDir = join(this.options.dataDir, 'tmp', `${videoId}-${run.attempt}`);
    await mkdir(workDir, { recursive: true });
    try {
      const progress = this.progressReporter(session, run, PROGRESS.thinkingEnd, PROGRESS.renderEnd);
      const output = await this.options.renderer.renderVideo(storyboard, {
        workDir,
        resolveAsset: (id) => this.resolveAsset(id),
        signal,
        onProgress: (p) => progress(p.fraction, p.stage),
      });
      signal.throwIfAborted();
      const prefix = `videos/${videoId}`;
      const keys = {
        video_key: `${prefix}/video.mp4`,
        captioned_video_key: `${prefix}/captioned.mp4`,
        thumbnail_key: `${prefix}/thumbnail.jpg`,
        subtitle_key: `${prefix}/captions.srt`,
        gif_key: `${prefix}/preview.gif`,
      };
      await this.options.blobs.putFile(keys.video_key, output.videoPath);
      await this.options.blobs.putFile(keys.captioned_video_key, output.captionedVideoPath);
      await this.options.blobs.putFile(keys.thumbnail_key, output.thumbnailPath);
      await this.options.blobs.putFile(keys.subtitle_key, output.subtitlePath);
      await this.options.blobs.putFile(keys.gif_key, output.gifPath);
      await this.options.blobs.putFile(`${prefix}/captions.vtt`, output.vttPath);
      const duration = Math.round(output.duration * 100) / 100;
      await this.options.store.updateVideo(videoId, { ...keys, status: 'completed', duration, completed_at: this.now() });
      const resourceId = `res_${videoId.replace(/^vid_/, '')}`;
      if (!(await this.options.store.getResource(resourceId, session.id))) {
        await this.options.store.insertResource({
          id: resourceId,
          session_id: session.id,
          owner: session.owner,
          resource_type: 'video',
          source_type: 'generated',
          blob_key: keys.video_key,
          thumbnail_key: keys.thumbnail_key,
          preview_key: keys.captioned_video_key,
          metadata: { video_id: videoId, duration, storyboard_version: version, orientation: storyboard.orientation },
          created_at: this.now(),
        });
      }
      const updated = await this.options.store.transitionSession(
        session.id,
        ['generating'],
        { status: 'completed', run: null, progress: 100, video_id: videoId },
        run.run_id,
      );
      if (!updated) return;
      await this.postModel(updated, 'resource', `Your video is ready: ${formatSeconds(duration)}, ${storyboard.orientation === 'portrait' ? '1080×1920' : '1920×1080'}. Video id ${videoId}.`, [resourceId]);
      this.emitStatus(updated);
      await this.finish(updated, 'success');
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  }

  // ── steps shared by the runs ──────────────────────────────────────────────────────────────────

  /** Saves a new storyboard version, tells the user, then pauses for review or goes on to render. */
  private async acceptStoryboard(
    session: SessionRecord,
    run: SessionRun,
    storyboard: Storyboard,
    plannerMessage: string,
    renderNow: boolean,
    signal: AbortSignal,
  ): Promise<void> {
    await this.usageWrites.get(session.id);
    storyboard = placePresenter(storyboard);
    const saved = await this.drafts.save(session.id, session.owner, storyboard, signal);
    const voiceName = (await this.voices()).find((v) => v.voice_id === storyboard.voice_id)?.name ?? storyboard.voice_id;
    const content = [plannerMessage, formatStoryboard(storyboard, voiceName), renderNow ? 'Rendering it now.' : REVIEW_HINT]
      .filter(Boolean)
      .join('\n\n');
    const patch = { storyboard_version: storyboard.version, title: storyboard.title };
    if (renderNow) {
      const video = await this.createVideo(session, storyboard, run);
      const updated = await this.options.store.transitionSession(
        session.id,
        ['thinking'],
        { ...patch, status: 'generating', progress: PROGRESS.thinkingEnd, run: this.newRun('render', null, video.id) },
        run.run_id,
      );
      if (!updated) return;
      await this.postModel(updated, 'resource', content, [saved.draft.id, ...saved.images.map((i) => i.id)]);
      await this.options.queue.enqueue(SESSION_JOB, { session_id: session.id }, { singletonKey: session.id });
      this.emitStatus(updated);
      return;
    }
    const updated = await this.options.store.transitionSession(
      session.id,
      ['thinking'],
      { ...patch, status: 'reviewing', progress: PROGRESS.thinkingEnd, run: null },
      run.run_id,
    );
    if (!updated) return;
    await this.postModel(updated, 'resource', content, [saved.draft.id, ...saved.images.map((i) => i.id)]);
    this.emitStatus(updated);
  }

  private async startRender(session: SessionRecord, run: SessionRun, storyboard: Storyboard, message: string): Promise<void> {
    await this.usageWrites.get(session.id);
    const video = await this.createVideo(session, storyboard, run);
    const updated = await this.options.store.transitionSession(
      session.id,
      ['thinking'],
      { status: 'generating', progress: PROGRESS.thinkingEnd, run: this.newRun('render', null, video.id) },
      run.run_id,
    );
    if (!updated) return;
    await this.postModel(updated, 'text', `${message || 'Approved.'} Rendering storyboard v${storyboard.version} now (about ${Math.round(storyboardDuration(storyboard))} s of video).`);
    await this.options.queue.enqueue(SESSION_JOB, { session_id: session.id }, { singletonKey: session.id });
    this.emitStatus(updated);
  }

  /** The video's id comes from the run that approved it, so a run retried after a crash makes no second video. */
  private async createVideo(session: SessionRecord, storyboard: Storyboard, run: SessionRun): Promise<VideoRecord> {
    const id = `vid_${run.run_id.replace(/^run_/, '')}`;
    const existing = await this.options.store.getVideo(id);
    if (existing) return existing;
    const video: VideoRecord = {
      id,
      session_id: session.id,
      owner: session.owner,
      status: 'pending',
      title: storyboard.title,
      storyboard_version: storyboard.version,
      video_key: null,
      captioned_video_key: null,
      thumbnail_key: null,
      gif_key: null,
      subtitle_key: null,
      duration: null,
      failure_code: null,
      failure_message: null,
      created_at: this.now(),
      completed_at: null,
    };
    await this.options.store.insertVideo(video);
    return video;
  }

  private async pause(session: SessionRecord, run: SessionRun, to: 'reviewing' | 'waiting_for_input', message: string, type: MessageRecord['type'] = 'text'): Promise<void> {
    // The turn's token counts are written before its result is visible.
    await this.usageWrites.get(session.id);
    const status = to === 'reviewing' && session.storyboard_version === null ? 'waiting_for_input' : to;
    const updated = await this.options.store.transitionSession(session.id, ['thinking'], { status, progress: PROGRESS.thinkingEnd, run: null }, run.run_id);
    if (!updated) return;
    await this.postModel(updated, type, message);
    this.emitStatus(updated);
  }

  /** Ends a run that threw: the session fails with the reason in its messages. */
  private async failRun(sessionId: string, run: SessionRun, reason: string): Promise<void> {
    const updated = await this.options.store.transitionSession(sessionId, sourcesOf('failed'), { status: 'failed', run: null, error: reason }, run.run_id);
    if (!updated) return;
    if (run.video_id) {
      await this.options.store.updateVideo(run.video_id, { status: 'failed', failure_code: 'render_failed', failure_message: reason });
    }
    await this.postModel(updated, 'error', reason);
    this.emitStatus(updated);
    await this.finish(updated, 'fail', reason);
  }

  private async resume(session: SessionRecord): Promise<void> {
    const run = session.run;
    if (!run) {
      await this.failRun(session.id, { run_id: '', kind: 'plan', attempt: 0, started_at: 0, deadline_at: 0, message_id: null, video_id: null }, 'The session lost track of its work.');
      return;
    }
    if (run.attempt >= MAX_RUN_ATTEMPTS) {
      await this.failRun(session.id, run, `Gave up after ${run.attempt} attempts: the server restarted during each of them.`);
      return;
    }
    const resumed: SessionRun = { ...run, attempt: run.attempt + 1, deadline_at: this.now() + this.timeoutFor(run.kind) };
    const updated = await this.options.store.transitionSession(session.id, [session.status], { run: resumed }, run.run_id);
    if (!updated) return;
    this.options.logger.info({ session_id: session.id, kind: run.kind, attempt: resumed.attempt }, 'resuming session');
    await this.options.queue.enqueue(SESSION_JOB, { session_id: session.id }, { singletonKey: session.id });
  }

  /** The watchdog: a run past its deadline is cancelled and failed, so no session stays busy forever. */
  private async checkDeadlines(): Promise<void> {
    const now = this.now();
    for (const session of await this.options.store.findSessionsByStatus(activeStatuses)) {
      const run = session.run;
      if (!run || run.deadline_at > now) continue;
      await this.options.queue.cancel(session.id);
      await this.failRun(session.id, run, this.timeoutMessage(run));
    }
  }

  /** Terminal bookkeeping: webhooks, then erasing an incognito session's words. */
  private async finish(session: SessionRecord, outcome: 'success' | 'fail', reason?: string): Promise<void> {
    {
      const video = session.video_id ? await this.options.store.getVideo(session.video_id) : null;
      await this.options.webhooks
        .notify({
          owner: session.owner,
          session_id: session.id,
          callback_url: session.options.callback_url,
          event_type: outcome === 'success' ? 'video_agent.success' : 'video_agent.fail',
          event_data: {
            session_id: session.id,
            video_id: outcome === 'success' ? session.video_id : (session.run?.video_id ?? null),
            url: outcome === 'success' && video?.video_key ? this.options.linkFor(video.video_key) : null,
            callback_id: session.options.callback_id,
            ...(reason ? { msg: reason } : {}),
          },
        })
        .catch((error: unknown) => this.options.logger.error({ err: error, session_id: session.id }, 'webhook could not be queued'));
    }
    if (session.options.incognito_mode && isTerminal(session.status)) {
      await this.options.store.eraseMessages(session.id);
      await this.options.store.updateSession(session.id, { prompt: '' });
    }
  }

  /** Each attached file becomes a `user_uploaded` resource of the session. */
  private async recordUploads(session: SessionRecord, assetIds: readonly string[]): Promise<void> {
    for (const assetId of assetIds) {
      const asset = await this.options.store.getAsset(assetId);
      const id = `res_${session.id.replace(/^ses_/, '')}_${assetId}`;
      if (!asset || (await this.options.store.getResource(id, session.id))) continue;
      const kind = asset.mime_type.split('/')[0];
      await this.options.store.insertResource({
        id,
        session_id: session.id,
        owner: session.owner,
        resource_type: kind === 'image' ? 'image' : kind === 'video' ? 'video' : kind === 'audio' ? 'audio' : 'document',
        source_type: 'user_uploaded',
        blob_key: asset.blob_key,
        thumbnail_key: kind === 'image' ? asset.blob_key : null,
        preview_key: null,
        metadata: { asset_id: asset.id, mime_type: asset.mime_type, size_bytes: asset.size_bytes, filename: asset.filename },
        created_at: this.now(),
      });
    }
  }

  // ── helpers ───────────────────────────────────────────────────────────────────────────────────

  private async plannerContext(session: SessionRecord, signal: AbortSignal): Promise<PlannerContext> {
    const report = this.progressReporter(session, session.run, PROGRESS.thinkingStart, PROGRESS.thinkingEnd);
    return {
      signal,
      onProgress: (fraction) => report(fraction, 'thinking'),
      measure: (text, voiceId, pace) => this.measure(text, voiceId, pace, signal),
      voices: await this.voices(),
      styleIds: this.options.styleIds,
      avatarIds: this.options.avatarIds,
      onUsage: (usage) => this.recordUsage(session.id, usage),
    };
  }

  /** Adds a model call's tokens to the session's total; calls of one session are written in order. */
  private recordUsage(sessionId: string, usage: { input_tokens: number; output_tokens: number }): void {
    const previous = this.usageWrites.get(sessionId) ?? Promise.resolve();
    const next = previous
      .then(async () => {
        const session = await this.options.store.getSession(sessionId);
        if (!session) return;
        await this.options.store.updateSession(sessionId, {
          usage: { input_tokens: session.usage.input_tokens + usage.input_tokens, output_tokens: session.usage.output_tokens + usage.output_tokens },
        });
      })
      .catch((error: unknown) => this.options.logger.warn({ err: error, session_id: sessionId }, 'token usage not recorded'))
      .finally(() => {
        if (this.usageWrites.get(sessionId) === next) this.usageWrites.delete(sessionId);
      });
    this.usageWrites.set(sessionId, next);
  }

  /** Narration length with the real TTS, remembered: planners measure the same sentences many times. */
  private async measure(text: string, voiceId: string, pace: number, signal: AbortSignal): Promise<number> {
    const key = `${voiceId}\u0000${pace}\u0000${text}`;
    const known = this.measureCache.get(key);
    if (known !== undefined) return known;
    const { duration } = await this.options.tts.synthesize(text, voiceId, { pace, signal });
    if (this.measureCache.size > 5000) this.measureCache.clear();
    this.measureCache.set(key, duration);
    return duration;
  }

  /** Forget the cached voice list (a model was pulled or removed). */
  invalidateVoices(): void {
    this.voicesCache = null;
  }

  /** The engine's voices, re-read every 10 s: a model pulled while the server runs brings new voices. */
  private async voices(): Promise<Voice[]> {
    if (this.voicesCache === null || Date.now() - this.voicesCache.at > 10_000) this.voicesCache = { at: Date.now(), voices: await this.options.tts.voices() };
    return this.voicesCache.voices;
  }

  /** Maps a run's 0..1 progress into the session's band, writing at most every 400 ms and only forwards. */
  private progressReporter(session: SessionRecord, run: SessionRun | null, from: number, to: number): (fraction: number, stage: string) => void {
    let last = -1;
    let lastWrite = 0;
    return (fraction, stage) => {
      const value = Math.round(from + Math.min(1, Math.max(0, fraction)) * (to - from));
      if (value <= last) return;
      const now = this.now();
      if (now - lastWrite < 400 && fraction < 1) return;
      last = value;
      lastWrite = now;
      this.events.publish({ type: 'progress', session_id: session.id, progress: value, stage });
      void this.options.store.transitionSession(session.id, activeStatuses, { progress: value }, run?.run_id ?? null).catch(() => undefined);
    };
  }

  private async resolveAsset(assetId: string): Promise<{ path: string; mimeType: string }> {
    const asset = await this.options.store.getAsset(assetId);
    if (!asset || asset.status !== 'ready') throw new AppError('asset_not_available', `Asset ${assetId} is not available.`);
    return { path: await this.options.blobs.localPath(asset.blob_key), mimeType: asset.mime_type };
  }

  private async validateIds(ids: { voice_id: string | null; avatar_id: string | null; style_id: string | null; brand_kit_id: string | null }, owner: string): Promise<void> {
    if (ids.voice_id !== null && !(await this.voices()).some((v) => v.voice_id === ids.voice_id)) {
      // A catalogue voice whose model is not pulled: say which command installs it.
      const hint = await this.options.tts.missingVoiceHint?.(ids.voice_id);
      throw new AppError('validation_error', hint ?? `Unknown voice_id "${ids.voice_id}"; GET /v3/voices lists the voices.`, { param: 'voice_id' });
    }
    if (ids.style_id !== null && !this.options.styleIds.includes(ids.style_id)) {
      throw new AppError('validation_error', `Unknown style_id "${ids.style_id}"; GET /v3/video-agents/styles lists the styles.`, { param: 'style_id' });
    }
    const knownAvatar = async (id: string) => this.options.avatarIds.includes(id) || Boolean(await this.options.photoAvatars?.get(id, owner));
    if (ids.avatar_id !== null && !(await knownAvatar(ids.avatar_id))) {
      throw new AppError('validation_error', `Unknown avatar_id "${ids.avatar_id}": this server has no avatar with that id.`, { param: 'avatar_id' });
    }
    if (ids.brand_kit_id !== null && !(await this.options.brandKits?.get(owner, ids.brand_kit_id))) {
      throw new AppError('validation_error', `Unknown brand_kit_id "${ids.brand_kit_id}"; GET /v3/brand-kits lists this key's brand kits.`, { param: 'brand_kit_id' });
    }
  }

  private async checkCallbackUrl(url: string): Promise<void> {
    try {
      await this.options.outbound?.checkUrl(url);
    } catch (error) {
      if (isBlockedUrlError(error)) throw new AppError('validation_error', `callback_url is not allowed: ${error.message}`, { param: 'callback_url' });
      throw error;
    }
  }

  private async checkActiveLimit(owner: string): Promise<void> {
    const active = (await this.options.store.findSessionsByStatus(activeStatuses)).filter((s) => s.owner === owner).length;
    if (active >= this.options.maxActiveJobsPerKey) {
      throw new AppError('rate_limit_exceeded', `This key already has ${active} sessions thinking or rendering (the limit is ${this.options.maxActiveJobsPerKey}).`, {
        headers: { 'retry-after': '10' },
      });
    }
  }

  private async mustGet(owner: string, sessionId: string): Promise<SessionRecord> {
    const session = await this.options.store.getSession(sessionId, owner);
    if (!session) throw new AppError('not_found', `No session ${sessionId}.`, { param: 'session_id' });
    return session;
  }

  private newRun(kind: SessionRun['kind'], messageId: string | null, videoId: string | null): SessionRun {
    const now = this.now();
    return { run_id: newId('run'), kind, attempt: 1, started_at: now, deadline_at: now + this.timeoutFor(kind), message_id: messageId, video_id: videoId };
  }

  private timeoutFor(kind: SessionRun['kind']): number {
    return (kind === 'render' ? this.options.renderTimeoutSec : this.options.agentTimeoutSec) * 1000;
  }

  private timeoutMessage(run: SessionRun): string {
    const limit = this.timeoutFor(run.kind) / 1000;
    return run.kind === 'render'
      ? `Rendering took longer than the ${limit} s limit and was stopped.`
      : `The agent took longer than the ${limit} s limit and was stopped.`;
  }

  private async appendMessage(sessionId: string, message: Pick<MessageRecord, 'role' | 'type' | 'content'> & Partial<Pick<MessageRecord, 'resource_ids' | 'attachment_ids'>>): Promise<MessageRecord> {
    const stored = await this.options.store.appendMessage({
      id: newId('msg'),
      session_id: sessionId,
      role: message.role,
      type: message.type,
      content: message.content,
      resource_ids: message.resource_ids ?? null,
      attachment_ids: message.attachment_ids?.length ? message.attachment_ids : null,
      created_at: this.now(),
    });
    this.events.publish({
      type: 'message',
      session_id: sessionId,
      message: { role: stored.role, content: stored.content, type: stored.type, created_at: Math.floor(stored.created_at / 1000), resource_ids: stored.resource_ids },
    });
    return stored;
  }

  private async postModel(session: SessionRecord, type: MessageRecord['type'], content: string, resourceIds?: string[]): Promise<void> {
    await this.appendMessage(session.id, { role: 'model', type, content, resource_ids: resourceIds ?? null });
  }

  private emitStatus(session: SessionRecord): void {
    this.events.publish({ type: 'status', session_id: session.id, status: session.status, progress: session.progress, title: session.title, video_id: session.video_id });
  }
}

function describeError(error: unknown): string {
  if (error instanceof CancelledError) return 'The work was cancelled.';
  if (error instanceof Error) return error.message.endsWith('.') ? error.message : `${error.message}.`;
  return String(error);
}

function formatSeconds(seconds: number): string {
  return seconds >= 60 ? `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s` : `${Math.round(seconds)} s`;
}
