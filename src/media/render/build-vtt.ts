import type { CaptionCue } from './caption-cues.js';

/** "HH:MM:SS.mmm" */
export function formatVttTime(seconds: number): string {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor((ms % 3_600_000) / 60_000))}:${pad(Math.floor((ms % 60_000) / 1000))}.${pad(ms % 1000, 3)}`;
}

/** A WebVTT document: one cue per group of words, with `<hh:mm:ss.mmm>` timestamps before each later word (karaoke-style highlighting in players that support it). */
export function buildVtt(cues: readonly CaptionCue[]): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = cues.map((cue, index) => {
    const text = cue.words.map((w, i) => (i === 0 ? escape(w.text) : `${w.spaceBefore === false ? '' : ' '}<${formatVttTime(w.start)}>${escape(w.text)}`)).join('');
    return `${index + 1}\n${formatVttTime(cue.start)} --> ${formatVttTime(cue.end)}\n${text}\n`;
  });
  return `WEBVTT\n\n${body.join('\n')}`;
}
