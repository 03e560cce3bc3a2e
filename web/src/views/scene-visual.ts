import type { Api, Storyboard, VisualHit } from '../api.js';
import { h, replace, uid } from '../dom.js';

type Scene = Storyboard['scenes'][number];

const kindLabels: Record<string, string> = {
  illustration: 'Illustration',
  icon: 'Icon',
  chart: 'Chart',
  stock_video: 'Stock footage',
  stock_image: 'Stock photo',
  generated_image: 'Generated image',
  user_media: 'Your upload',
};

export interface SceneVisualOptions {
  api: Api;
  /** The storyboard's language: the search finds illustrations by keywords in it. */
  language: string;
  orientation: Storyboard['orientation'];
  editable: boolean;
  /** Sends a chat message (the swap goes through the session like any other feedback). */
  send: (message: string) => void;
}

/** What a scene shows (kind, source, credit) and, while reviewing, a picture search to swap it. */
export function sceneVisual(scene: Scene, number: number, options: SceneVisualOptions): HTMLElement {
  const visual = scene.visual;
  const name = visual?.source?.id.replaceAll('-', ' ') ?? visual?.query ?? '';
  const summary = visual
    ? h('span', null, h('span', { class: 'badge' }, kindLabels[visual.kind] ?? visual.kind), ' ', name, visual.attribution ? h('span', { class: 'muted small' }, ` · ${visual.attribution}`) : null)
    : h('span', { class: 'muted' }, scene.no_visual ? 'No picture (as asked)' : 'No picture');
  const row = h('div', { class: 'scene-visual' }, h('span', { class: 'scene-label' }, 'Picture'), summary);
  if (!options.editable) return row;

  const panel = h('div', { class: 'visual-search', hidden: true });
  const toggle = h('button', { type: 'button', class: 'button button-ghost button-small', 'aria-expanded': 'false', 'data-needs-idle': '' }, 'Change picture');
  toggle.addEventListener('click', () => {
    panel.hidden = !panel.hidden;
    toggle.setAttribute('aria-expanded', String(!panel.hidden));
    if (!panel.hidden && !panel.firstChild) buildSearch(panel, scene, number, options);
  });
  const remove = h('button', { type: 'button', class: 'button button-ghost button-small', 'data-needs-idle': '', hidden: !visual }, 'No picture');
  remove.addEventListener('click', () => options.send(`remove the picture from scene ${number}`));
  const another = h('button', { type: 'button', class: 'button button-ghost button-small', 'data-needs-idle': '' }, 'Another picture');
  another.addEventListener('click', () => options.send(`a different picture for scene ${number}`));
  row.append(h('span', { class: 'visual-actions' }, toggle, another, remove), panel);
  return row;
}

function buildSearch(panel: HTMLElement, scene: Scene, number: number, options: SceneVisualOptions): void {
  const inputId = uid('visual-query');
  const input = h('input', { id: inputId, type: 'search', maxLength: 200, value: scene.visual?.query?.split(',')[0] ?? scene.headline ?? '' });
  const results = h('ul', { class: 'visual-results', 'aria-live': 'polite' });
  const note = h('p', { class: 'muted small' });
  let controller: AbortController | null = null;
  const search = async (): Promise<void> => {
    const q = input.value.trim();
    if (!q) return;
    controller?.abort();
    controller = new AbortController();
    note.textContent = 'Searching…';
    try {
      const found = await options.api.searchVisuals({ q, language: options.language, orientation: options.orientation, limit: 12 }, controller.signal);
      replace(results, ...found.items.map((hit) => resultButton(hit, number, options)));
      note.textContent = [found.items.length === 0 ? 'Nothing found; try other words.' : '', found.providers.length === 0 ? 'Stock footage: not configured on this server.' : '', ...found.notices].filter(Boolean).join(' ');
    } catch (error) {
      if (!controller.signal.aborted) note.textContent = (error as Error).message;
    }
  };
  const form = h('form', { class: 'visual-search-form', role: 'search' }, h('label', { for: inputId, class: 'scene-label' }, `Find a picture for scene ${number}`), input, h('button', { type: 'submit', class: 'button button-small' }, 'Search'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  panel.append(form, note, results);
  void search();
}

function resultButton(hit: VisualHit, number: number, options: SceneVisualOptions): HTMLElement {
  const preview = hit.kind === 'stock_video' ? h('video', { src: hit.preview_url, muted: true, preload: 'metadata' }) : h('img', { src: hit.preview_url, alt: '', loading: 'lazy' });
  const button = h('button', { type: 'button', class: 'visual-hit', title: hit.attribution ?? hit.label, 'data-needs-idle': '' }, preview, h('span', { class: 'small' }, hit.label));
  button.setAttribute('aria-label', `Use ${kindLabels[hit.kind]?.toLowerCase() ?? hit.kind} “${hit.label}” for scene ${number}`);
  button.addEventListener('click', () => options.send(hit.message.replace('{scene}', String(number))));
  return h('li', null, button);
}
