import { ApiError, type Api, type SessionItem } from '../api.js';
import { h, replace } from '../dom.js';
import { statusLabels, timeAgo, type SessionStatus } from '../format.js';

/** The list of past sessions, newest first; the current one is marked. */
export class Sidebar {
  readonly element: HTMLElement;
  private readonly list: HTMLElement;
  private items: SessionItem[] = [];
  private selected: string | null = null;

  constructor(
    private readonly api: Api,
    private readonly onPick: () => void,
    /** Called when the server no longer takes the stored key (it was changed or rotated). */
    private readonly onUnauthorized: () => void,
  ) {
    this.list = h('ul', { class: 'session-list' });
    this.element = h('aside', { id: 'sidebar', class: 'sidebar', 'aria-label': 'Your videos' }, h('h2', { class: 'sidebar-title' }, 'Your videos'), this.list);
  }

  select(sessionId: string | null): void {
    this.selected = sessionId;
    this.draw();
  }

  async refresh(): Promise<void> {
    try {
      this.items = (await this.api.listSessions(50)).data;
      this.draw();
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) this.onUnauthorized();
      else replace(this.list, h('li', { class: 'muted small' }, 'The list could not be loaded.'));
    }
  }

  private draw(): void {
    if (this.items.length === 0) {
      replace(this.list, h('li', { class: 'session-empty' }, 'No videos yet. Describe one to start.'));
      return;
    }
    replace(
      this.list,
      ...this.items.map((item) =>
        h(
          'li',
          null,
          h(
            'a',
            {
              class: `session-link${item.session_id === this.selected ? ' is-current' : ''}`,
              href: `#/s/${item.session_id}`,
              'aria-current': item.session_id === this.selected ? 'page' : undefined,
              onclick: this.onPick,
            },
            h('span', { class: 'session-name' }, item.title ?? 'Untitled video'),
            h(
              'span',
              { class: 'session-meta' },
              h('span', { class: `status-dot status-${item.status}`, 'aria-hidden': 'true' }),
              `${statusLabels[item.status as SessionStatus] ?? item.status} · ${timeAgo(item.created_at)}`,
            ),
          ),
        ),
      ),
    );
  }
}
