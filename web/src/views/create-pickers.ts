import type { Api, Voice } from '../api.js';
import { h, replace } from '../dom.js';

export interface Pickers {
  voice: HTMLSelectElement;
  styles: HTMLElement;
  styleName: string;
  /** Shown only when the server lists avatar looks. */
  presenter: HTMLElement;
  presenterName: string;
}

/** Fills the voice, style and presenter pickers from the API (voices grouped by language, English first). */
export async function loadPickers(api: Api, signal: AbortSignal, pickers: Pickers): Promise<void> {
  const { voice, styles, styleName, presenter, presenterName } = pickers;
  const [voices, styleList, hasLooks] = await Promise.all([
    api.listVoices().catch(() => [] as Voice[]),
    api.listStyles().catch(() => null),
    api.hasEndpoint('/v3/avatars/looks'),
  ]);
  if (signal.aborted) return;
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
      if (looks.length > 0 && !signal.aborted) {
        presenter.append(h('div', { class: 'thumb-grid' }, thumbOption(presenterName, '', 'Automatic', null, true), thumbOption(presenterName, 'none', 'No presenter', null, false, 'None'), ...looks.map((look) => thumbOption(presenterName, look.id, look.name, look.preview_image_url, false))));
        presenter.hidden = false;
      }
    } catch {
      /* no presenters: the picker stays hidden */
    }
  }
}

function thumbOption(name: string, value: string, label: string, image: string | null, checked: boolean, placeholder = 'Auto'): HTMLElement {
  return h(
    'label',
    { class: 'thumb-option' },
    h('input', { type: 'radio', name, value, checked, class: 'visually-hidden' }),
    image ? h('img', { src: image, alt: '', width: 160, height: 90 }) : h('span', { class: 'thumb-auto', 'aria-hidden': 'true' }, placeholder),
    h('span', { class: 'thumb-label' }, label),
  );
}
