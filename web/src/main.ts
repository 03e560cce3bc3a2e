import { Api } from './api.js';
import type { AppContext } from './app-context.js';
import { h, icon, replace } from './dom.js';
import { renderCreate } from './views/create.js';
import { renderLogin } from './views/login.js';
import { renderModels } from './views/models.js';
import { renderSession } from './views/session.js';
import { Sidebar } from './views/sidebar.js';

const KEY_STORAGE = 'ova.apiKey';

/** Aborts the view on screen (its event stream, its audio) when another replaces it. */
let current: AbortController | null = null;

function start(): void {
  const root = document.getElementById('app');
  if (!root) return;
  // A fresh start (first load, sign-in, sign-out): stop what the previous screen was following.
  current?.abort();
  window.onhashchange = null;
  const key = localStorage.getItem(KEY_STORAGE);
  if (!key) {
    replace(root, renderLogin((accepted) => {
      localStorage.setItem(KEY_STORAGE, accepted);
      start();
    }));
    return;
  }
  const api = new Api(key);
  const main = h('main', { id: 'main', class: 'main', tabIndex: -1 });
  const signOut = () => {
    localStorage.removeItem(KEY_STORAGE);
    location.hash = '#/';
    start();
  };
  const sidebar = new Sidebar(api, () => setMenu(false), signOut);
  // On phones the session list is a drawer behind this button (a plain column on wider screens).
  const setMenu = (open: boolean) => {
    document.body.classList.toggle('menu-open', open);
    menuButton.setAttribute('aria-expanded', String(open));
    if (open) sidebar.element.querySelector<HTMLElement>('a')?.focus();
  };
  const menuButton = h(
    'button',
    {
      type: 'button',
      class: 'icon-button menu-button',
      'aria-label': 'Your videos',
      'aria-expanded': 'false',
      'aria-controls': 'sidebar',
      onclick: () => setMenu(!document.body.classList.contains('menu-open')),
    },
    icon('menu'),
  );
  const scrim = h('div', { class: 'scrim', 'aria-hidden': 'true', onclick: () => setMenu(false) });
  document.onkeydown = (event) => {
    if (event.key === 'Escape' && document.body.classList.contains('menu-open')) {
      setMenu(false);
      menuButton.focus();
    }
  };
  const header = h(
    'header',
    { class: 'topbar' },
    menuButton,
    h('a', { class: 'brand', href: '#/' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }), h('span', null, 'Video Agent'), h('span', { class: 'brand-tag' }, 'Studio')),
    h('div', { class: 'topbar-actions' },
      h('a', { class: 'button button-ghost button-small', href: '#/models' }, 'Voices & models'),
      h('a', { class: 'button button-primary button-small', href: '#/' }, icon('plus'), h('span', null, 'New video')),
      h('button', {
        type: 'button',
        class: 'button button-ghost button-small',
        onclick: signOut,
      }, 'Sign out'),
    ),
  );
  replace(root, h('a', { class: 'skip-link', href: '#main' }, 'Skip to content'), header, h('div', { class: 'layout' }, sidebar.element, scrim, main));

  const route = () => {
    current?.abort();
    const controller = new AbortController();
    current = controller;
    setMenu(false);
    const context: AppContext = {
      api,
      signal: controller.signal,
      navigate: (hash) => {
        location.hash = hash;
      },
      refreshSessions: () => void sidebar.refresh(),
    };
    const match = /^#\/s\/([A-Za-z0-9_-]+)/.exec(location.hash);
    sidebar.select(match?.[1] ?? null);
    replace(main, match ? renderSession(context, match[1]!) : location.hash === '#/models' ? renderModels(context) : renderCreate(context));
    window.scrollTo(0, 0);
  };
  window.onhashchange = route;
  route();
  void sidebar.refresh();
}

start();
