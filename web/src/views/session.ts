import { ApiError, type Message, type Resource, type Session, type Storyboard, type Video } from '../api.js';
import { h, icon, replace, uid } from '../dom.js';
import { clock, isBusy, narrationFeedback, srtToVtt, statusLabels, type SessionStatus } from '../format.js';
import type { AppContext } from '../main.js';
import { sceneVisual } from './scene-visual.js';

interface Draft {
  version: number;
  storyboard: Storyboard;
  /** Signed frame urls by scene id. */
  images: Map<string, string>;
}

const layoutLabels: Record<string, string> = {
  title: 'Title',
  presenter: 'Presenter',
  bullets: 'Bullet points',
  media: 'Picture',
  quote: 'Quote',
  stat: 'Key figure',
  cta: 'Call to action',
};

const busyText: Record<string, string> = {
  thinking: 'The agent is working on your storyboard…',
  generating: 'Rendering your video…',
};

/** One session: status and progress, the storyboard review, the result, and the conversation. */
export function renderSession(context: AppContext, sessionId: string): HTMLElement {
  const { api, signal } = context;
  let session: Session | null = null;
  let status = '';
  let progress = 0;
  let stage = '';
  const messages: Message[] = [];
  const seen = new Set<string>();
  const drafts = new Map<number, Draft>();
  const loadingDrafts = new Map<string, Promise<void>>();
  let shownVersion: number | null = null;
  let video: Video | null = null;
  let videoShownId: string | null = null;

  // Header: title, status, progress and the stop button.
  const title = h('h1', { class: 'page-title session-title', id: uid('title') }, 'Loading…');
  const statusPill = h('span', { class: 'status-pill' });
  const progressLabel = h('span', { class: 'progress-label' });
  const progressBar = h('div', { class: 'progress', role: 'progressbar', 'aria-label': 'Progress', 'aria-valuemin': '0', 'aria-valuemax': '100' }, h('div', { class: 'progress-fill' }));
  const stopButton = h('button', { type: 'button', class: 'button button-danger button-small', hidden: true, onclick: () => act(() => api.stop(sessionId)) }, icon('stop'), 'Stop');
  const progressRow = h('div', { class: 'progress-row', hidden: true }, progressBar, progressLabel, stopButton);
  const notice = h('p', { class: 'form-error', role: 'alert' });

  const resultPanel = h('section', { class: 'panel result-panel', hidden: true, 'aria-label': 'Your video' });
  const boardPanel = h('section', { class: 'panel board-panel', hidden: true, 'aria-label': 'Storyboard' });

  // Conversation and composer.
  const log = h('ol', { class: 'messages', role: 'log', 'aria-live': 'polite', 'aria-label': 'Conversation' });
  const composerId = uid('composer');
  const composer = h('textarea', { id: composerId, rows: 2, maxLength: 10000, placeholder: 'Give feedback in plain words: "shorter", "remove scene 3"…' });
  const sendButton = h('button', { type: 'submit', class: 'button button-primary', 'aria-label': 'Send' }, icon('send'));
  const composerForm = h(
    'form',
    {
      class: 'composer',
      onsubmit: (event: Event) => {
        event.preventDefault();
        const text = composer.value.trim();
        if (!text) return;
        void act(async () => {
          await api.sendMessage(sessionId, text);
          composer.value = '';
        });
      },
    },
    h('label', { for: composerId, class: 'visually-hidden' }, 'Message to the agent'),
    composer,
    sendButton,
  );
  composer.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      composerForm.requestSubmit();
    }
  });
  const chat = h('section', { class: 'panel chat-panel', 'aria-label': 'Conversation with the agent' }, h('h2', { class: 'panel-title' }, 'Conversation'), log, composerForm);

  const page = h(
    'section',
    { class: 'page session-page', 'aria-labelledby': title.id },
    h('div', { class: 'session-header' }, h('div', { class: 'session-heading' }, title, statusPill), progressRow, notice),
    h('div', { class: 'session-grid' }, h('div', { class: 'work-column' }, resultPanel, boardPanel), chat),
  );

  /** Runs an action that changes the session; its error is shown, not thrown. */
  async function act(action: () => Promise<unknown>): Promise<void> {
    notice.textContent = '';
    setPending(true);
    try {
      await action();
    } catch (error) {
      notice.textContent = error instanceof ApiError ? error.message : (error as Error).message;
    } finally {
      setPending(false);
    }
  }
  let pending = false;
  function setPending(value: boolean) {
    pending = value;
    drawControls();
  }

  function drawHeader() {
    title.textContent = session?.title ?? 'New video';
    document.title = `${session?.title ?? 'Video'} · Video Agent Studio`;
    statusPill.className = `status-pill status-${status}`;
    statusPill.textContent = statusLabels[status as SessionStatus] ?? status;
    const busy = isBusy(status);
    progressRow.hidden = !busy;
    stopButton.hidden = !busy;
    const determinate = status === 'generating' || progress > 0;
    progressBar.classList.toggle('is-indeterminate', !determinate);
    (progressBar.firstElementChild as HTMLElement).style.width = determinate ? `${Math.max(2, progress)}%` : '';
    if (determinate) progressBar.setAttribute('aria-valuenow', String(progress));
    else progressBar.removeAttribute('aria-valuenow');
    progressLabel.textContent = `${busyText[status] ?? ''}${determinate ? ` ${progress}%` : ''}${stage && status === 'generating' ? ` · ${stage.replace(/_/g, ' ')}` : ''}`;
    drawControls();
  }

  function drawControls() {
    const busy = isBusy(status) || pending;
    composer.disabled = isBusy(status);
    sendButton.disabled = busy;
    for (const button of page.querySelectorAll<HTMLButtonElement>('[data-needs-idle]')) button.disabled = busy;
  }

  function messageKey(message: Message) {
    return `${message.role}|${message.created_at}|${message.type}|${message.content}`;
  }

  function addMessage(message: Message) {
    const key = messageKey(message);
    if (seen.has(key)) return;
    seen.add(key);
    messages.push(message);
    const item = h(
      'li',
      { class: `message message-${message.role} message-${message.type}` },
      h('span', { class: 'message-author' }, message.role === 'user' ? 'You' : 'Agent'),
      h('div', { class: 'message-body' }, message.content),
    );
    log.append(item);
    log.scrollTop = log.scrollHeight;
    if (message.type === 'resource' && message.resource_ids?.length) void loadDraft(message.resource_ids);
  }

  async function loadDraft(resourceIds: string[]) {
    const first = resourceIds[0]!;
    const existing = loadingDrafts.get(first);
    if (existing) return existing;
    const loading = (async () => {
      const draft = await api.getResource(sessionId, first);
      if (draft.resource_type !== 'draft' || !draft.url) return;
      const storyboard = (await (await api.download(draft.url, signal)).json()) as Storyboard;
      const imageIds = Array.isArray(draft.metadata?.scene_image_ids) ? (draft.metadata.scene_image_ids as string[]) : [];
      const images = await Promise.all(imageIds.map((id) => api.getResource(sessionId, id).catch(() => null)));
      const byScene = new Map<string, string>();
      for (const image of images as (Resource | null)[]) {
        const sceneId = image?.metadata?.scene_id;
        if (image?.url && typeof sceneId === 'string') byScene.set(sceneId, image.url);
      }
      drafts.set(storyboard.version, { version: storyboard.version, storyboard, images: byScene });
      // A new version replaces what is shown; looking at an older one stays put until the next change.
      if (shownVersion === null || storyboard.version > latestVersion() - 1) shownVersion = latestVersion();
      drawBoard();
    })().catch((error: unknown) => {
      if (!signal.aborted) notice.textContent = `The storyboard could not be loaded: ${(error as Error).message}`;
    });
    loadingDrafts.set(first, loading);
    return loading;
  }

  /** The first scene's frame, as the poster when the video has no thumbnail. */
  function firstFrame(): string | null {
    const draft = drafts.get(latestVersion());
    const first = draft?.storyboard.scenes[0];
    return (first && draft?.images.get(first.id)) ?? null;
  }

  function latestVersion() {
    return Math.max(0, ...drafts.keys());
  }

  function drawBoard() {
    const draft = shownVersion === null ? undefined : drafts.get(shownVersion);
    if (!draft) {
      boardPanel.hidden = true;
      return;
    }
    boardPanel.hidden = false;
    const latest = draft.version === latestVersion();
    const editable = latest && (status === 'reviewing' || status === 'waiting_for_input' || status === 'completed');
    const reviewing = latest && (status === 'reviewing' || status === 'waiting_for_input');
    const versionId = uid('version');
    const versions = [...drafts.keys()].sort((a, b) => b - a);
    const picker = h(
      'select',
      {
        id: versionId,
        onchange: () => {
          shownVersion = Number(picker.value);
          drawBoard();
          (boardPanel.querySelector('select') as HTMLSelectElement | null)?.focus();
        },
      },
      ...versions.map((v) => h('option', { value: String(v), selected: v === draft.version }, v === latestVersion() ? `Version ${v} (latest)` : `Version ${v}`)),
    );
    const total = draft.storyboard.scenes.reduce((sum, scene) => sum + scene.duration_sec, 0);
    const actions = h('div', { class: 'board-actions' });
    if (reviewing) {
      actions.append(
        h('button', { type: 'button', class: 'button button-primary', 'data-needs-idle': '', onclick: () => act(() => api.sendMessage(sessionId, 'Approve')) }, icon('check'), 'Approve and render'),
      );
    }
    if (!latest && (status === 'reviewing' || status === 'waiting_for_input' || status === 'completed')) {
      actions.append(
        h('button', { type: 'button', class: 'button button-secondary', 'data-needs-idle': '', onclick: () => act(() => api.sendMessage(sessionId, `Go back to version ${draft.version}`)) }, icon('revise'), `Restore version ${draft.version}`),
      );
    }
    replace(
      boardPanel,
      h(
        'div',
        { class: 'board-header' },
        h('div', null, h('h2', { class: 'panel-title' }, 'Storyboard'), h('p', { class: 'muted small' }, `${draft.storyboard.scenes.length} scenes · about ${clock(total)} · ${draft.storyboard.orientation}`)),
        h('div', { class: 'board-tools' }, h('label', { for: versionId, class: 'visually-hidden' }, 'Storyboard version'), picker, actions),
      ),
      !latest ? h('p', { class: 'board-note' }, `You are looking at version ${draft.version}. Restore it to make it current again.`) : null,
      h('ol', { class: `scene-grid orientation-${draft.storyboard.orientation}` }, ...draft.storyboard.scenes.map((scene, index) => sceneCard(draft, index, editable))),
    );
    drawControls();
  }

  function sceneCard(draft: Draft, index: number, editable: boolean): HTMLElement {
    const scene = draft.storyboard.scenes[index]!;
    const number = index + 1;
    const narrationId = uid('narration');
    const image = draft.images.get(scene.id);
    const narration = h('textarea', { id: narrationId, class: 'narration', rows: 4, readOnly: !editable, maxLength: 5000 });
    narration.value = scene.narration;
    const save = h('button', { type: 'button', class: 'button button-primary button-small', 'data-needs-idle': '' }, 'Send edit');
    const cancel = h('button', { type: 'button', class: 'button button-ghost button-small' }, 'Cancel');
    const editActions = h('div', { class: 'edit-actions', hidden: true }, cancel, save);
    narration.addEventListener('input', () => {
      editActions.hidden = narration.value.trim() === scene.narration.trim();
    });
    cancel.addEventListener('click', () => {
      narration.value = scene.narration;
      editActions.hidden = true;
      narration.focus();
    });
    save.addEventListener('click', () => {
      const text = narration.value.trim();
      if (!text) return;
      void act(() => api.sendMessage(sessionId, narrationFeedback(number, text)));
    });
    return h(
      'li',
      { class: 'scene-card' },
      h('div', { class: 'scene-frame' }, image ? h('img', { src: image, alt: `Frame of scene ${number}${scene.headline ? `: ${scene.headline}` : ''}`, loading: 'lazy' }) : h('span', { class: 'muted small' }, 'No frame')),
      h(
        'div',
        { class: 'scene-body' },
        h('div', { class: 'scene-meta' }, h('span', { class: 'scene-number' }, `Scene ${number}`), h('span', { class: 'badge' }, layoutLabels[scene.layout] ?? scene.layout), h('span', { class: 'scene-duration' }, `${scene.duration_sec.toFixed(1)} s`)),
        h('label', { for: narrationId, class: 'scene-label' }, 'Narration', editable ? h('span', { class: 'edit-hint' }, icon('edit'), 'editable') : null),
        narration,
        editActions,
        sceneVisual(scene, number, { api, language: draft.storyboard.language, orientation: draft.storyboard.orientation, editable, send: (message) => void act(() => api.sendMessage(sessionId, message)) }),
      ),
    );
  }

  async function drawResult() {
    if (status !== 'completed' || !session?.video_id) {
      if (status !== 'completed') resultPanel.hidden = true;
      return;
    }
    if (videoShownId === session.video_id) {
      resultPanel.hidden = false;
      return;
    }
    const videoId = session.video_id;
    videoShownId = videoId;
    try {
      video = await api.getVideo(videoId);
    } catch (error) {
      videoShownId = null;
      notice.textContent = `The video could not be loaded: ${(error as Error).message}`;
      return;
    }
    if (signal.aborted || !video.video_url) return;
    const player = h('video', { class: 'player', controls: true, preload: 'metadata', playsInline: true, src: video.video_url, poster: video.thumbnail_url ?? firstFrame() ?? undefined });
    if (video.subtitle_url) {
      // <track> plays WebVTT; the API gives SRT, converted here into a blob URL.
      api
        .download(video.subtitle_url, signal)
        .then((response) => response.text())
        .then((srt) => {
          const track = h('track', { kind: 'captions', label: 'Captions', srclang: 'en', default: true, src: URL.createObjectURL(new Blob([srtToVtt(srt)], { type: 'text/vtt' })) });
          player.append(track);
        })
        .catch(() => undefined);
    }
    const downloads = h(
      'div',
      { class: 'downloads' },
      downloadLink(video.video_url, 'MP4', `${slug(video.title)}.mp4`),
      video.captioned_video_url ? downloadLink(video.captioned_video_url, 'MP4 with captions', `${slug(video.title)}-captioned.mp4`) : null,
      video.subtitle_url ? downloadLink(video.subtitle_url, 'Subtitles (SRT)', `${slug(video.title)}.srt`) : null,
    );
    const revise = h('button', {
      type: 'button',
      class: 'button button-secondary',
      onclick: () => {
        composer.placeholder = 'What should change? e.g. "make it shorter", "use a male voice"';
        composer.focus();
        composer.scrollIntoView({ block: 'center', behavior: 'smooth' });
      },
    }, icon('revise'), 'Revise');
    replace(
      resultPanel,
      h('div', { class: 'board-header' }, h('div', null, h('h2', { class: 'panel-title' }, 'Your video'), h('p', { class: 'muted small' }, video.duration ? `${clock(video.duration)} · ready to download` : 'Ready to download')), revise),
      h('div', { class: `player-frame${drafts.get(latestVersion())?.storyboard.orientation === 'portrait' ? ' is-portrait' : ''}` }, player),
      downloads,
    );
    resultPanel.hidden = false;
  }

  async function reload() {
    const next = await api.getSession(sessionId);
    session = next;
    status = next.status;
    progress = next.progress;
    for (const message of [...next.messages].reverse()) addMessage(message);
    drawHeader();
    drawBoard();
    await drawResult();
  }

  function onStatus(data: { status: string; progress: number; title: string | null; video_id: string | null }) {
    const changed = data.status !== status;
    status = data.status;
    progress = data.progress;
    if (session) Object.assign(session, { status: data.status, progress: data.progress, title: data.title ?? session.title, video_id: data.video_id });
    if (changed) {
      stage = '';
      context.refreshSessions();
      drawBoard();
    }
    drawHeader();
    void drawResult();
  }

  // Live updates: the SSE stream (first event: the current status), then a full load to catch up.
  async function follow() {
    let first = true;
    while (!signal.aborted) {
      try {
        for await (const event of api.events(sessionId, signal)) {
          if (event.type === 'status') {
            onStatus(event);
            if (first) {
              first = false;
              await reload();
            }
          } else if (event.type === 'progress') {
            progress = event.progress;
            stage = event.stage;
            drawHeader();
          } else if (event.type === 'message') addMessage(event.message as Message);
        }
      } catch (error) {
        if (signal.aborted) return;
        if (error instanceof ApiError && error.status === 404) {
          replace(page, h('div', { class: 'empty-state' }, h('h1', { class: 'page-title' }, 'Session not found'), h('p', { class: 'muted' }, 'It may have been deleted, or it belongs to another API key.'), h('a', { class: 'button button-primary', href: '#/' }, 'Start a new video')));
          return;
        }
      }
      // The stream ended (server restart, network): reconnect and catch up.
      first = true;
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
  void follow();
  return page;
}

function downloadLink(href: string, label: string, filename: string): HTMLElement {
  // `?download=` makes the server (or the bucket it redirects to) say "attachment": browsers ignore the
  // `download` attribute once a link redirects to another origin.
  const url = new URL(href, location.href);
  url.searchParams.set('download', filename);
  return h('a', { class: 'button button-secondary', href: url.toString(), download: filename }, icon('download'), label);
}

function slug(title: string | null): string {
  return (title ?? 'video').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'video';
}
