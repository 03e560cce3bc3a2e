import { h, icon, uid } from '../dom.js';

/** The session page's fixed elements, which SessionPage fills in. */
export interface SessionLayout {
  title: HTMLElement;
  statusPill: HTMLElement;
  progressLabel: HTMLElement;
  progressRow: HTMLElement;
  notice: HTMLElement;
  resultPanel: HTMLElement;
  boardPanel: HTMLElement;
  log: HTMLElement;
  page: HTMLElement;
  progressBar: HTMLElement;
  stopButton: HTMLButtonElement;
  composer: HTMLTextAreaElement;
  sendButton: HTMLButtonElement;
}

/** Builds the page: header (title, status, progress, stop), the result and storyboard panels, the conversation. */
export function sessionLayout(handlers: { stop(): unknown; send(text: string): unknown }): SessionLayout {
  // Header: title, status, progress and the stop button.
  const title = h('h1', { class: 'page-title session-title', id: uid('title') }, 'Loading…');
  const statusPill = h('span', { class: 'status-pill' });
  const progressLabel = h('span', { class: 'progress-label' });
  const progressBar = h('div', { class: 'progress', role: 'progressbar', 'aria-label': 'Progress', 'aria-valuemin': '0', 'aria-valuemax': '100' }, h('div', { class: 'progress-fill' }));
  const stopButton = h('button', { type: 'button', class: 'button button-danger button-small', hidden: true, onclick: () => void handlers.stop() }, icon('stop'), 'Stop');
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
        void handlers.send(text);
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

  return { title, statusPill, progressLabel, progressBar, stopButton, progressRow, notice, resultPanel, boardPanel, log, composer, sendButton, page };
}
