import { ApiError, type Message, type Resource, type Session, type Storyboard, type Video } from '../api.js';
import { h, icon, replace, uid } from '../dom.js';
import { clock, isBusy, statusLabels, type SessionStatus } from '../format.js';
import type { AppContext } from '../app-context.js';
import { sceneCard, type Draft } from './scene-card.js';
import { sessionLayout, type SessionLayout } from './session-layout.js';
import { drawVideoResult } from './video-result.js';

const busyText: Record<string, string> = {
  thinking: 'The agent is working on your storyboard…',
  generating: 'Rendering your video…',
};

/** One session: status and progress, the storyboard review, the result, and the conversation. */
export function renderSession(context: AppContext, sessionId: string): HTMLElement {
  const view = new SessionPage(context, sessionId);
  void view.follow();
  return view.el.page;
}

class SessionPage {
  readonly el: SessionLayout;
  private readonly api: AppContext['api'];
  private readonly signal: AbortSignal;
  private session: Session | null = null;
  private status = '';
  private progress = 0;
  private stage = '';
  private readonly messages: Message[] = [];
  private readonly seen = new Set<string>();
  private readonly drafts = new Map<number, Draft>();
  private readonly loadingDrafts = new Map<string, Promise<void>>();
  private shownVersion: number | null = null;
  private video: Video | null = null;
  private videoShownId: string | null = null;
  private pending = false;

  constructor(
    private readonly context: AppContext,
    private readonly sessionId: string,
  ) {
    this.api = context.api;
    this.signal = context.signal;
    this.el = sessionLayout({
      stop: () => this.act(() => this.api.stop(sessionId)),
      send: (text: string) =>
        this.act(async () => {
          await this.api.sendMessage(sessionId, text);
          this.el.composer.value = '';
        }),
    });
  }

  /** Runs an action that changes the this.session; its error is shown, not thrown. */
  private async act(action: () => Promise<unknown>): Promise<void> {
    this.el.notice.textContent = '';
    this.setPending(true);
    try {
      await action();
    } catch (error) {
      this.el.notice.textContent = error instanceof ApiError ? error.message : (error as Error).message;
    } finally {
      this.setPending(false);
    }
  }
  private setPending(value: boolean) {
    this.pending = value;
    this.drawControls();
  }

  private drawHeader() {
    this.el.title.textContent = this.session?.title ?? 'New video';
    document.title = `${this.session?.title ?? 'Video'} · Video Agent Studio`;
    this.el.statusPill.className = `status-pill status-${this.status}`;
    this.el.statusPill.textContent = statusLabels[this.status as SessionStatus] ?? this.status;
    const busy = isBusy(this.status);
    this.el.progressRow.hidden = !busy;
    this.el.stopButton.hidden = !busy;
    const determinate = this.status === 'generating' || this.progress > 0;
    this.el.progressBar.classList.toggle('is-indeterminate', !determinate);
    (this.el.progressBar.firstElementChild as HTMLElement).style.width = determinate ? `${Math.max(2, this.progress)}%` : '';
    if (determinate) this.el.progressBar.setAttribute('aria-valuenow', String(this.progress));
    else this.el.progressBar.removeAttribute('aria-valuenow');
    this.el.progressLabel.textContent = `${busyText[this.status] ?? ''}${determinate ? ` ${this.progress}%` : ''}${this.stage && (this.status === 'generating' || (this.status === 'thinking' && this.stage !== 'thinking')) ? ` · ${this.stage.replace(/_/g, ' ')}` : ''}`;
    this.drawControls();
  }

  private drawControls() {
    const busy = isBusy(this.status) || this.pending;
    this.el.composer.disabled = isBusy(this.status);
    this.el.sendButton.disabled = busy;
    for (const button of this.el.page.querySelectorAll<HTMLButtonElement>('[data-needs-idle]')) button.disabled = busy;
  }

  private messageKey(message: Message) {
    return `${message.role}|${message.created_at}|${message.type}|${message.content}`;
  }

  private addMessage(message: Message) {
    const key = this.messageKey(message);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.messages.push(message);
    const item = h(
      'li',
      { class: `message message-${message.role} message-${message.type}` },
      h('span', { class: 'message-author' }, message.role === 'user' ? 'You' : 'Agent'),
      h('div', { class: 'message-body' }, message.content),
    );
    this.el.log.append(item);
    this.el.log.scrollTop = this.el.log.scrollHeight;
    if (message.type === 'resource' && message.resource_ids?.length) void this.loadDraft(message.resource_ids);
  }

  private async loadDraft(resourceIds: string[]) {
    const first = resourceIds[0]!;
    const existing = this.loadingDrafts.get(first);
    if (existing) return existing;
    const loading = (async () => {
      const draft = await this.api.getResource(this.sessionId, first);
      if (draft.resource_type !== 'draft' || !draft.url) return;
      const storyboard = (await (await this.api.download(draft.url, this.signal)).json()) as Storyboard;
      const imageIds = Array.isArray(draft.metadata?.scene_image_ids) ? (draft.metadata.scene_image_ids as string[]) : [];
      const images = await Promise.all(imageIds.map((id) => this.api.getResource(this.sessionId, id).catch(() => null)));
      const byScene = new Map<string, string>();
      for (const image of images as (Resource | null)[]) {
        const sceneId = image?.metadata?.scene_id;
        if (image?.url && typeof sceneId === 'string') byScene.set(sceneId, image.url);
      }
      this.drafts.set(storyboard.version, { version: storyboard.version, storyboard, images: byScene });
      // A new version replaces what is shown; looking at an older one stays put until the next change.
      if (this.shownVersion === null || storyboard.version > this.latestVersion() - 1) this.shownVersion = this.latestVersion();
      this.drawBoard();
    })().catch((error: unknown) => {
      if (!this.signal.aborted) this.el.notice.textContent = `The storyboard could not be loaded: ${(error as Error).message}`;
    });
    this.loadingDrafts.set(first, loading);
    return loading;
  }

  /** The first scene's frame, as the poster when the this.video has no thumbnail. */
  private firstFrame(): string | null {
    const draft = this.drafts.get(this.latestVersion());
    const first = draft?.storyboard.scenes[0];
    return (first && draft?.images.get(first.id)) ?? null;
  }

  private latestVersion() {
    return Math.max(0, ...this.drafts.keys());
  }

  private drawBoard() {
    const draft = this.shownVersion === null ? undefined : this.drafts.get(this.shownVersion);
    if (!draft) {
      this.el.boardPanel.hidden = true;
      return;
    }
    this.el.boardPanel.hidden = false;
    const latest = draft.version === this.latestVersion();
    const editable = latest && (this.status === 'reviewing' || this.status === 'waiting_for_input' || this.status === 'completed');
    const reviewing = latest && (this.status === 'reviewing' || this.status === 'waiting_for_input');
    const versionId = uid('version');
    const versions = [...this.drafts.keys()].sort((a, b) => b - a);
    const picker = h(
      'select',
      {
        id: versionId,
        onchange: () => {
          this.shownVersion = Number(picker.value);
          this.drawBoard();
          (this.el.boardPanel.querySelector('select') as HTMLSelectElement | null)?.focus();
        },
      },
      ...versions.map((v) => h('option', { value: String(v), selected: v === draft.version }, v === this.latestVersion() ? `Version ${v} (latest)` : `Version ${v}`)),
    );
    const total = draft.storyboard.scenes.reduce((sum, scene) => sum + scene.duration_sec, 0);
    const actions = h('div', { class: 'board-actions' });
    if (reviewing) {
      actions.append(
        h('button', { type: 'button', class: 'button button-primary', 'data-needs-idle': '', onclick: () => this.act(() => this.api.sendMessage(this.sessionId, 'Approve')) }, icon('check'), 'Approve and render'),
      );
    }
    if (!latest && (this.status === 'reviewing' || this.status === 'waiting_for_input' || this.status === 'completed')) {
      actions.append(
        h('button', { type: 'button', class: 'button button-secondary', 'data-needs-idle': '', onclick: () => this.act(() => this.api.sendMessage(this.sessionId, `Go back to version ${draft.version}`)) }, icon('revise'), `Restore version ${draft.version}`),
      );
    }
    replace(
      this.el.boardPanel,
      h(
        'div',
        { class: 'board-header' },
        h('div', null, h('h2', { class: 'panel-title' }, 'Storyboard'), h('p', { class: 'muted small' }, `${draft.storyboard.scenes.length} scenes · about ${clock(total)} · ${draft.storyboard.orientation}`)),
        h('div', { class: 'board-tools' }, h('label', { for: versionId, class: 'visually-hidden' }, 'Storyboard version'), picker, actions),
      ),
      !latest ? h('p', { class: 'board-note' }, `You are looking at version ${draft.version}. Restore it to make it current again.`) : null,
      h('ol', { class: `scene-grid orientation-${draft.storyboard.orientation}` }, ...draft.storyboard.scenes.map((scene, index) => sceneCard(draft, index, editable, (feedback) => void this.act(() => this.api.sendMessage(this.sessionId, feedback)), this.api))),
    );
    this.drawControls();
  }

  private async drawResult() {
    if (this.status !== 'completed' || !this.session?.video_id) {
      if (this.status !== 'completed') this.el.resultPanel.hidden = true;
      return;
    }
    if (this.videoShownId === this.session.video_id) {
      this.el.resultPanel.hidden = false;
      return;
    }
    const videoId = this.session.video_id;
    this.videoShownId = videoId;
    try {
      this.video = await this.api.getVideo(videoId);
    } catch (error) {
      this.videoShownId = null;
      this.el.notice.textContent = `The video could not be loaded: ${(error as Error).message}`;
      return;
    }
    if (this.signal.aborted || !this.video.video_url) return;
    drawVideoResult(this.el.resultPanel, this.video, this.video.video_url, {
      api: this.api,
      signal: this.signal,
      poster: this.firstFrame(),
      portrait: this.drafts.get(this.latestVersion())?.storyboard.orientation === 'portrait',
      onRevise: () => {
        this.el.composer.placeholder = 'What should change? e.g. "make it shorter", "use a male voice"';
        this.el.composer.focus();
        this.el.composer.scrollIntoView({ block: 'center', behavior: 'smooth' });
      },
    });
    this.el.resultPanel.hidden = false;
  }

  private async reload() {
    const next = await this.api.getSession(this.sessionId);
    this.session = next;
    this.status = next.status;
    this.progress = next.progress;
    for (const message of [...next.messages].reverse()) this.addMessage(message);
    this.drawHeader();
    this.drawBoard();
    await this.drawResult();
  }

  private onStatus(data: { status: string; progress: number; title: string | null; video_id: string | null }) {
    const changed = data.status !== this.status;
    this.status = data.status;
    this.progress = data.progress;
    if (this.session) Object.assign(this.session, { status: data.status, progress: data.progress, title: data.title ?? this.session.title, video_id: data.video_id });
    if (changed) {
      this.stage = '';
      this.context.refreshSessions();
      this.drawBoard();
    }
    this.drawHeader();
    void this.drawResult();
  }

  // Live updates: the SSE stream (first event: the current this.status), then a full load to catch up.
  async follow() {
    let first = true;
    while (!this.signal.aborted) {
      try {
        for await (const event of this.api.events(this.sessionId, this.signal)) {
          if (event.type === 'status') {
            this.onStatus(event);
            if (first) {
              first = false;
              await this.reload();
            }
          } else if (event.type === 'progress') {
            this.progress = event.progress;
            this.stage = event.stage;
            this.drawHeader();
          } else if (event.type === 'message') this.addMessage(event.message as Message);
        }
      } catch (error) {
        if (this.signal.aborted) return;
        if (error instanceof ApiError && error.status === 404) {
          replace(this.el.page, h('div', { class: 'empty-state' }, h('h1', { class: 'page-title' }, 'Session not found'), h('p', { class: 'muted' }, 'It may have been deleted, or it belongs to another API key.'), h('a', { class: 'button button-primary', href: '#/' }, 'Start a new this.video')));
          return;
        }
      }
      // The stream ended (server restart, network): reconnect and catch up.
      first = true;
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
}
