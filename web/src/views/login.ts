import { Api, ApiError } from '../api.js';
import { h, uid } from '../dom.js';

/** Asks for the API key once; it is checked against the server, then kept in localStorage. */
export function renderLogin(onAccepted: (key: string) => void): HTMLElement {
  const inputId = uid('key');
  const hintId = uid('hint');
  const input = h('input', { id: inputId, type: 'password', autocomplete: 'current-password', required: true, spellcheck: false, 'aria-describedby': hintId, placeholder: 'ova_…' });
  const error = h('p', { class: 'form-error', role: 'alert' });
  const submit = h('button', { type: 'submit', class: 'button button-primary button-block' }, 'Open the studio');
  const form = h(
    'form',
    {
      class: 'login-card',
      onsubmit: async (event: Event) => {
        event.preventDefault();
        const key = input.value.trim();
        if (!key) return;
        submit.disabled = true;
        error.textContent = '';
        try {
          await new Api(key).listSessions(1);
          onAccepted(key);
        } catch (e) {
          error.textContent = e instanceof ApiError && e.status === 401 ? 'That key was not accepted. Check it and try again.' : (e as Error).message;
          submit.disabled = false;
          input.focus();
        }
      },
    },
    h('div', { class: 'login-brand' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }), h('span', null, 'Video Agent Studio')),
    h('h1', null, 'Welcome'),
    h('p', { class: 'muted' }, 'Turn a prompt into a narrated video: the agent writes a storyboard, you review it, and it renders the MP4.'),
    h('label', { for: inputId }, 'API key'),
    input,
    h(
      'p',
      { id: hintId, class: 'hint' },
      'On the machine running the server, the key was printed at first start and is kept in ',
      h('code', null, 'DATA_DIR/api-key'),
      ' (by default ',
      h('code', null, 'data/api-key'),
      '). It is remembered in this browser.',
    ),
    error,
    submit,
  );
  queueMicrotask(() => input.focus());
  return h('div', { class: 'login-screen' }, form);
}
