import type { Api, Video } from '../api.js';
import { h, icon, replace } from '../dom.js';
import { clock, srtToVtt } from '../format.js';

export interface VideoResultView {
  api: Api;
  signal: AbortSignal;
  /** A picture for the player before it plays, when the video has no thumbnail. */
  poster: string | null;
  portrait: boolean;
  onRevise: () => void;
}

/** The finished video in `panel`: the player (captions as a WebVTT track), downloads and a Revise button. */
export function drawVideoResult(panel: HTMLElement, video: Video, videoUrl: string, view: VideoResultView): void {
  const player = h('video', { class: 'player', controls: true, preload: 'metadata', playsInline: true, src: videoUrl, poster: video.thumbnail_url ?? view.poster ?? undefined });
  if (video.subtitle_url) {
    // <track> plays WebVTT; the API gives SRT, converted here into a blob URL.
    view.api
      .download(video.subtitle_url, view.signal)
      .then((response) => response.text())
      .then((srt) => {
        const track = h('track', { kind: 'captions', label: 'Captions', srclang: 'en', default: true, src: URL.createObjectURL(new Blob([srtToVtt(srt)], { type: 'text/vtt' })) });
        player.append(track);
      })
      .catch(() => undefined);
  }
  const downloads = h(
    'div',
    { class: 'downloads' },
    downloadLink(videoUrl, 'MP4', `${slug(video.title)}.mp4`),
    video.captioned_video_url ? downloadLink(video.captioned_video_url, 'MP4 with captions', `${slug(video.title)}-captioned.mp4`) : null,
    video.subtitle_url ? downloadLink(video.subtitle_url, 'Subtitles (SRT)', `${slug(video.title)}.srt`) : null,
  );
  const revise = h('button', {
    type: 'button',
    class: 'button button-secondary',
    onclick: view.onRevise,
  }, icon('revise'), 'Revise');
  replace(
    panel,
    h('div', { class: 'board-header' }, h('div', null, h('h2', { class: 'panel-title' }, 'Your video'), h('p', { class: 'muted small' }, video.duration ? `${clock(video.duration)} · ready to download` : 'Ready to download')), revise),
    h('div', { class: `player-frame${view.portrait ? ' is-portrait' : ''}` }, player),
    downloads,
  );
}

function downloadLink(href: string, label: string, filename: string): HTMLElement {
  // `?download=` makes the server (or the bucket it redirects to) say "attachment": browsers ignore the
  // `download` attribute once a link redirects to another origin.
  const url = new URL(href, location.href);
  url.searchParams.set('download', filename);
  return h('a', { class: 'button button-secondary', href: url.toString(), download: filename }, icon('download'), label);
}

function slug(title: string | null): string {
  return (title ?? 'video').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'video';
}
