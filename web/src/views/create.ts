import { ApiError, type FileObject, type Voice } from '../api.js';
import { h, icon, replace, uid } from '../dom.js';
import type { AppContext } from '../main.js';

interface Attachment {
  file: File;
  upload: Promise<string>;
  element: HTMLElement;
}

const ACCEPT = '.png,.jpg,.jpeg,.webp,.mp4,.webm,.mp3,.wav,.pdf,.txt,.md,.docx,image/*,video/*,audio/*,application/pdf,text/plain,text/markdown';

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

  // Attachments: dropped or picked files upload straight away (POST /v3/assets), then go by asset_id.
  const attachments: Attachment[] = [];
  const chips = h('ul', { class: 'chips', 'aria-label': 'Attached files' });
  const fileInputId = uid('files');
  const fileInput = h('input', { id: fileInputId, type: 'file', multiple: true, accept: ACCEPT, class: 'visually-hidden' });
  const addFiles = (files: Iterable<File>) => {
    for (const file of files) {
      const status = h('span', { class: 'chip-status' }, 'uploading…');
      const remove = h('button', { type: 'button', class: 'chip-remove', 'aria-label': `Remove ${file.name}` }, icon('close'));
      const element = h('li', { class: 'chip is-uploading' }, icon('file'), h('span', { class: 'chip-name' }, file.name), status, remove);
      const upload = api.uploadAsset(file).then(
        (asset) => {
          element.classList.remove('is-uploading');
          status.textContent = `${Math.max(1, Math.round(asset.size_bytes / 1024))} KB`;
          return asset.asset_id;
        },
        (error: unknown) => {
          element.classList.remove('is-uploading');
          element.classList.add('is-failed');
          status.textContent = error instanceof ApiError ? error.message : 'upload failed';
          throw error;
        },
      );
      // Handled when the form is sent; a failure is shown on the chip meanwhile.
      upload.catch(() => undefined);
      const attachment = { file, upload, element };
      remove.addEventListener('click', () => {
        attachments.splice(attachments.indexOf(attachment), 1);
        element.remove();
        dropZone.focus();
      });
      attachments.push(attachment);
      chips.append(element);
    }
  };
  fileInput.addEventListener('change', () => {
    addFiles(Array.from(fileInput.files ?? []));
    fileInput.value = '';
  });
  const dropZone = h(
    'div',
    { class: 'drop-zone', tabIndex: -1 },
    icon('upload'),
    h('span', null, 'Drop documents, images, video or audio here, or '),
    h('label', { for: fileInputId, class: 'link-button', tabIndex: 0, role: 'button', onkeydown: (event: KeyboardEvent) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        fileInput.click();
      }
    } }, 'choose files'),
    fileInput,
  );
  for (const type of ['dragenter', 'dragover']) {
    dropZone.addEventListener(type, (event) => {
      event.preventDefault();
      dropZone.classList.add('is-over');
    });
  }
  for (const type of ['dragleave', 'drop']) dropZone.addEventListener(type, () => dropZone.classList.remove('is-over'));
  dropZone.addEventListener('drop', (event) => {
    event.preventDefault();
    addFiles(Array.from((event as DragEvent).dataTransfer?.files ?? []));
  });

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

  // Voice: a select grouped by language, with a preview button.
  const voiceId = uid('voice');
  const voice = h('select', { id: voiceId }, h('option', { value: '' }, 'Automatic'));
  const audio = new Audio();
  const playButton = h('button', { type: 'button', class: 'icon-button', 'aria-label': 'Play a sample of the voice', disabled: true }, icon('play'));
  const setPlaying = (playing: boolean) => {
    replace(playButton, icon(playing ? 'pause' : 'play'));
    playButton.setAttribute('aria-label', playing ? 'Stop the sample' : 'Play a sample of the voice');
  };
  audio.addEventListener('ended', () => setPlaying(false));
  audio.addEventListener('pause', () => setPlaying(false));
  audio.addEventListener('playing', () => setPlaying(true));
  playButton.addEventListener('click', () => {
    if (!audio.paused) {
      audio.pause();
      return;
    }
    if (!voice.value) return;
    // Relative: the preview is public and served by this same server.
    audio.src = `/v3/voices/${encodeURIComponent(voice.value)}/preview`;
    audio.play().catch(() => setPlaying(false));
  });
  voice.addEventListener('change', () => {
    audio.pause();
    playButton.disabled = !voice.value;
  });
  const voiceField = h('div', { class: 'field' }, h('label', { for: voiceId }, 'Voice'), h('div', { class: 'with-button' }, voice, playButton));
  context.signal.addEventListener('abort', () => audio.pause());

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

  void loadPickers();
  async function loadPickers() {
    const [voices, styleList, hasLooks] = await Promise.all([
      api.listVoices().catch(() => [] as Voice[]),
      api.listStyles().catch(() => null),
      api.hasEndpoint('/v3/avatars/looks'),
    ]);
    if (context.signal.aborted) return;
    const byLanguage = new Map<string, Voice[]>();
    for (const v of voices) byLanguage.set(v.language, [...(byLanguage.get(v.language) ?? []), v]);
    const languages = [...byLanguage.keys()].sort((a, b) => Number(!a.startsWith('en')) - Number(!b.startsWith('en')) || a.localeCompare(b));
    for (const language of languages) {
      voice.append(h('optgroup', { label: language }, ...byLanguage.get(language)!.map((v) => h('option', { value: v.voice_id }, `${v.name} (${v.gender})`))));
    }

    if (styleList && styleList.data.length > 0) {
      replace(
        styles,
        h('legend', null, 'Style'),
        h('div', { class: 'thumb-grid' },
          thumbOption(styleName, '', 'Automatic', null, true),
          ...styleList.data.map((s) => thumbOption(styleName, s.style_id, s.name, s.thumbnail_url, false)),
        ),
      );
    } else styles.hidden = true;

    if (hasLooks) {
      try {
        const looks = (await api.listLooks()).data;
        if (looks.length > 0 && !context.signal.aborted) {
          presenter.append(h('div', { class: 'thumb-grid' }, thumbOption(presenterName, '', 'No presenter', null, true, 'None'), ...looks.map((look) => thumbOption(presenterName, look.id, look.name, look.preview_image_url, false))));
          presenter.hidden = false;
        }
      } catch {
        /* no presenters: the picker stays hidden */
      }
    }
  }

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
function thumbOption(name: string, value: string, label: string, image: string | null, checked: boolean, placeholder = 'Auto'): HTMLElement {
  return h(
    'label',
    { class: 'thumb-option' },
    h('input', { type: 'radio', name, value, checked, class: 'visually-hidden' }),
    image ? h('img', { src: image, alt: '', width: 160, height: 90 }) : h('span', { class: 'thumb-auto', 'aria-hidden': 'true' }, placeholder),
    h('span', { class: 'thumb-label' }, label),
  );
}
