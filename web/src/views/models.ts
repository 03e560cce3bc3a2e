import type { ModelItem } from '../api.js';
import { h, replace } from '../dom.js';
import type { AppContext } from '../app-context.js';

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(bytes >= 1e8 ? 0 : 1)} MB`;
}

/**
 * Voices & models: the neural voices this server can pull, with a Pull button and a progress bar per model,
 * and the same one-line hint `npm start` prints while only eSpeak speaks.
 */
export function renderModels(context: AppContext): HTMLElement {
  const { api, signal } = context;
  const hint = h('p', { class: 'notice', hidden: true });
  const error = h('p', { class: 'form-error', role: 'alert' });
  const list = h('ul', { class: 'model-list', 'aria-live': 'polite' }, h('li', { class: 'muted' }, 'Loading models…'));
  let all = false;
  const more = h('button', { type: 'button', class: 'button button-ghost button-small', onclick: () => ((all = !all), (more.textContent = all ? 'Show the short list' : 'Show every Piper voice'), void load()) }, 'Show every Piper voice');

  const follow = async (model: ModelItem, bar: HTMLProgressElement, status: HTMLElement) => {
    for await (const event of api.modelEvents(model.model_id, signal)) {
      if (event.type === 'progress') {
        const received = Number(event.data.received_bytes ?? 0);
        const total = Number(event.data.total_bytes ?? model.size_bytes) || model.size_bytes;
        bar.max = total;
        bar.value = received;
        const speed = Number(event.data.bytes_per_second ?? 0);
        status.textContent = `${megabytes(received)} / ${megabytes(total)}${speed > 0 ? ` · ${megabytes(speed)}/s` : ''}`;
      } else if (event.type === 'failed') {
        error.textContent = String(event.data.message ?? 'The pull failed.');
      }
    }
    await load();
  };

  const row = (model: ModelItem): HTMLElement => {
    const bar = h('progress', { class: 'model-progress', max: model.size_bytes, value: 0, hidden: model.pull?.type !== 'progress', 'aria-label': `Pulling ${model.model_id}` });
    const status = h('span', { class: 'muted small' }, model.installed ? `Installed · ${model.voice_ids.length} voice${model.voice_ids.length === 1 ? '' : 's'}` : '');
    const act = async (action: () => Promise<unknown>) => {
      error.textContent = '';
      try {
        await action();
      } catch (caught) {
        error.textContent = caught instanceof Error ? caught.message : String(caught);
      }
    };
    const pull = h('button', { type: 'button', class: 'button button-primary button-small', onclick: () => act(async () => {
      await api.pullModel(model.model_id);
      pull.disabled = true;
      bar.hidden = false;
      status.textContent = 'Starting…';
      await follow(model, bar, status);
    }) }, 'Pull');
    const remove = h('button', { type: 'button', class: 'button button-ghost button-small', onclick: () => act(async () => {
      await api.removeModel(model.model_id);
      await load();
    }) }, 'Remove');
    if (model.pull?.type === 'progress') void follow(model, bar, status);
    return h(
      'li',
      { class: 'model-item' },
      h('div', { class: 'model-head' }, h('strong', null, model.title), h('span', { class: 'muted small' }, ` ${model.model_id}`)),
      h('div', { class: 'muted small' }, `${model.languages.join(', ')} · ${megabytes(model.size_bytes)} · ${model.licence}`),
      bar,
      h('div', { class: 'model-actions' }, status, model.installed ? remove : pull),
    );
  };

  const load = async () => {
    try {
      const { data, hint: text } = await api.listModels(all);
      hint.hidden = text === null;
      hint.textContent = text ?? '';
      replace(list, ...data.map(row));
    } catch (caught) {
      error.textContent = caught instanceof Error ? caught.message : String(caught);
    }
  };
  void load();
  return h(
    'section',
    { class: 'models-page' },
    h('h1', null, 'Voices & models'),
    h('p', { class: 'muted' }, 'Natural voices run on this machine once their model is pulled (Kokoro-82M, Piper). Pulling and removing need an admin key.'),
    hint,
    error,
    list,
    more,
  );
}
