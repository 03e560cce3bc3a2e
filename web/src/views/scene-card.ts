import type { Api, Storyboard } from '../api.js';
import { h, icon, uid } from '../dom.js';
import { narrationFeedback } from '../format.js';
import { sceneVisual } from './scene-visual.js';

/** A storyboard version as the page shows it. */
export interface Draft {
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

/**
 * One scene of the storyboard: its frame, layout and length, its narration (editable while under review) and its
 * picture (with a search to swap it, given the api).
 */
export function sceneCard(draft: Draft, index: number, editable: boolean, sendEdit: (feedback: string) => void, api?: Api): HTMLElement {
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
    sendEdit(narrationFeedback(number, text));
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
      api ? sceneVisual(scene, number, { api, language: draft.storyboard.language, orientation: draft.storyboard.orientation, editable, send: sendEdit }) : null,
    ),
  );
}
