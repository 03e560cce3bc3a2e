import { h, icon, replace, uid } from '../dom.js';

/** Voice: a select (filled in later, grouped by language) with a button that plays the voice's sample. */
export function voiceField(signal: AbortSignal): { voice: HTMLSelectElement; field: HTMLElement } {
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
  signal.addEventListener('abort', () => audio.pause());
  return { voice, field: voiceField };
}
