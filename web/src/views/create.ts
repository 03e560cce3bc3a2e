import type { FileObject } from '../api.js';
import { h, icon, uid } from '../dom.js';
import type { AppContext } from '../app-context.js';
import { attachmentField } from './attachment-field.js';
import { loadPickers } from './create-pickers.js';
import { voiceField as voiceFieldOf } from './voice-field.js';

/** Start a video: prompt, attachments, orientation, length, voice, presenter and style. */
export function renderCreate(context: AppContext): HTMLElement {
  const { api } = context;
  const promptId = uid('prompt');
  const prompt = h('textarea', {
    id: promptId,
    class: 'prompt-input',
    rows: 5,
    required: true,
    maxLength: 10000,
    placeholder: 'A 30 second explainer on why bees matter: they pollinate a third of our crops…',
  });
  prompt.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) form.requestSubmit();
  });

  const { attachments, chips, dropZone } = attachmentField(api);

  // Orientation: a segmented radio group.
  const orientationName = uid('orientation');
  const orientation = h(
    'fieldset',
    { class: 'field segmented' },
    h('legend', null, 'Orientation'),
    ...(['auto', 'landscape', 'portrait'] as const).map((value) =>
      h('label', { class: 'segment' }, h('input', { type: 'radio', name: orientationName, value, checked: value === 'auto' }), h('span', null, value === 'auto' ? 'Auto' : value === 'landscape' ? 'Landscape 16:9' : 'Portrait 9:16')),
    ),
  );

  const durationId = uid('duration');
  const duration = h('input', { id: durationId, type: 'number', min: 5, max: 600, step: 1, inputMode: 'numeric', placeholder: 'Auto', 'aria-label': 'Target length in seconds' });
  const durationField = h('div', { class: 'field' }, h('label', { for: durationId }, 'Target length'), h('div', { class: 'with-unit' }, duration, h('span', { class: 'unit', 'aria-hidden': 'true' }, 'sec')));

  const { voice, field: voiceField } = voiceFieldOf(context.signal);

  // Presenter: shown only when the server lists avatar looks.
  const presenterName = uid('presenter');
  const presenter = h('fieldset', { class: 'field picker', hidden: true }, h('legend', null, 'Presenter'));

  const styleName = uid('style');
  const styles = h('fieldset', { class: 'field picker' }, h('legend', null, 'Style'), h('p', { class: 'muted small' }, 'Loading styles…'));

  const error = h('p', { class: 'form-error', role: 'alert' });
  const submit = h('button', { type: 'submit', class: 'button button-primary button-large' }, 'Create storyboard', icon('send'));

  const form = h(
    'form',
    {
      class: 'create-form',
      onsubmit: async (event: Event) => {
        event.preventDefault();
        const text = prompt.value.trim();
        if (!text) {
          error.textContent = 'Describe the video you want first.';
          prompt.focus();
          return;
        }
        submit.disabled = true;
        submit.classList.add('is-busy');
        error.textContent = '';
        try {
          let files: FileObject[] = [];
          try {
            files = (await Promise.all(attachments.map((a) => a.upload))).map((asset_id) => ({ type: 'asset_id' as const, asset_id }));
          } catch {
            throw new Error('An attachment could not be uploaded: remove it or try again.');
          }
          const picked = (name: string) => (form.querySelector(`input[name="${name}"]:checked`) as HTMLInputElement | null)?.value ?? '';
          const chosenOrientation = picked(orientationName);
          const seconds = duration.value ? Number(duration.value) : undefined;
          if (seconds !== undefined && !(seconds >= 5)) throw new Error('The target length must be at least 5 seconds.');
          const created = await api.createSession({
            prompt: text,
            mode: 'chat',
            ...(chosenOrientation === 'landscape' || chosenOrientation === 'portrait' ? { orientation: chosenOrientation } : {}),
            ...(seconds !== undefined ? { duration_sec: seconds } : {}),
            ...(voice.value ? { voice_id: voice.value } : {}),
            ...(picked(presenterName) ? { avatar_id: picked(presenterName) } : {}),
            ...(picked(styleName) ? { style_id: picked(styleName) } : {}),
            ...(files.length ? { files } : {}),
          });
          context.refreshSessions();
          context.navigate(`#/s/${created.session_id}`);
        } catch (e) {
          error.textContent = (e as Error).message;
          submit.disabled = false;
          submit.classList.remove('is-busy');
        }
      },
    },
    h('div', { class: 'field' }, h('label', { for: promptId, class: 'visually-hidden' }, 'What is your video about?'), prompt),
    dropZone,
    chips,
    h('div', { class: 'options-grid' }, orientation, durationField, voiceField),
    presenter,
    styles,
    error,
    h('div', { class: 'form-actions' }, h('p', { class: 'muted small' }, 'You review the storyboard before anything renders.'), submit),
  );

  void loadPickers(api, context.signal, { voice, styles, styleName, presenter, presenterName });
  // One line on who writes: a model, Ollama, the local model, or the built-in rules (and how to get a model).
  const plannerLine = h('p', { class: 'muted small planner-line', 'aria-live': 'polite' });
  void api.planner().then((planner) => {
    if (planner && !context.signal.aborted) plannerLine.textContent = plannerText(planner.active);
  });

  queueMicrotask(() => prompt.focus());
  return h(
    'section',
    { class: 'page create-page', 'aria-labelledby': 'create-title' },
    h('h1', { id: 'create-title', class: 'page-title' }, 'What is your video about?'),
    h('p', { class: 'page-lead muted' }, 'Write a prompt, attach documents or pictures if you have them, and the agent drafts a storyboard for you to review.'),
    form,
    plannerLine,
  );
}

/** "llm:ollama:qwen2.5:7b" → who writes the storyboards, in words. */
function plannerText(id: string): string {
  if (id === 'builtin') return 'Storyboards are written by the built-in rules. For real scripts offline, install a model: video-agent models pull qwen2.5-1.5b-instruct';
  if (id.startsWith('local:')) return `Storyboards are written by the local model ${id.slice(6)}, on this machine.`;
  if (id.startsWith('llm:ollama:')) return `Storyboards are written by Ollama's ${id.slice(11)}.`;
  return `Storyboards are written by the language model ${id.split(':').slice(2).join(':')}.`;
}

/** A radio button drawn as a thumbnail card. */
