import type { Style } from '../../styles/index.js';
import type { CaptionCue } from './caption-cues.js';
import { captionFontFamily } from '../fonts/index.js';
import { textDirection } from '../text/index.js';
import { toAssColor, toAssInlineColor } from './color.js';
import { captionBand } from './scene-geometry.js';

/** "H:MM:SS.cc" (ASS counts centiseconds). */
export function formatAssTime(seconds: number): string {
  const cs = Math.max(0, Math.round(seconds * 100));
  const h = Math.floor(cs / 360_000);
  const m = Math.floor((cs % 360_000) / 6000);
  const s = Math.floor((cs % 6000) / 100);
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(cs % 100).padStart(2, '0')}`;
}

/**
 * Caption text made inert for libass: braces open override blocks and a backslash starts \N, \h and
 * the like, so they become look-alike brackets and a slash; line breaks become spaces.
 */
export function escapeAssText(text: string): string {
  return text.replace(/\\/g, '/').replace(/\{/g, '(').replace(/\}/g, ')').replace(/[\r\n]+/g, ' ');
}

/**
 * An ASS script with word-by-word highlighted captions: for each word of a cue, one event showing the
 * whole cue with that word in the highlight colour, from the word's start to the next word's start.
 */
export function buildAss(cues: readonly CaptionCue[], options: { width: number; height: number; style: Style; font: string }): string {
  const { width, height, style } = options;
  const unit = Math.min(width, height) / 1080;
  const portrait = height > width;
  const band = captionBand(width, height);
  const size = Math.round((portrait ? 66 : 60) * unit);
  const boxed = style.captions.box !== null;
  const text = toAssColor(style.captions.text);
  // libass draws a box per colour run: translucent boxes would overlap visibly around the highlight, so opaque.
  const outline = boxed ? toAssColor(style.captions.box!.slice(0, 7)) : '&H99000000';
  const marginV = Math.round(height - band.y - band.height / 2 - size / 2);
  const marginH = Math.round(width * 0.08);
  const header = [
    '[Script Info]',
    'ScriptType: v4.00+',
    `PlayResX: ${width}`,
    `PlayResY: ${height}`,
    'WrapStyle: 0',
    'ScaledBorderAndShadow: yes',
    '',
    '[V4+ Styles]',
    'Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding',
    // BorderStyle 3 draws an opaque box in the outline colour; 1 draws an outline and a soft shadow.
    // libass takes one family name: the face of the list that draws this text (Noto Sans JP for Japanese…).
    `Style: Caption,${captionFontFamily(options.font, cues.map((c) => c.words.map((w) => w.text).join('')).join(''))},${size},${text},${text},${outline},&H80000000,-1,0,0,0,100,100,0,0,${boxed ? 3 : 1},${boxed ? Math.round(14 * unit) : Math.round(4 * unit)},${boxed ? 0 : Math.round(2 * unit)},2,${marginH},${marginH},${marginV},1`,
    '',
    '[Events]',
    'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text',
  ];
  const inlineText = toAssInlineColor(style.captions.text);
  const inlineHighlight = toAssInlineColor(style.captions.highlight);
  const events: string[] = [];
  const shown = (word: string) => escapeAssText(style.captions.uppercase ? word.toUpperCase() : word);
  for (const { cue, word: index, start, end } of captionEvents(cues)) {
    const line = cue.words.map((w, i) => `${i > 0 && w.spaceBefore !== false ? ' ' : ''}${i === index ? `{\\1c${inlineHighlight}}${shown(w.text)}{\\1c${inlineText}}` : shown(w.text)}`).join('');
    // libass lays a line out left to right: right-to-left marks at both ends keep an Arabic line's final stop on its left.
    const rlm = textDirection(cue.words.map((w) => w.text).join(' ')) === 'rtl' ? '\u200F' : '';
    events.push(`Dialogue: 0,${formatAssTime(start)},${formatAssTime(end)},Caption,,0,0,0,,${rlm}${line}${rlm}`);
  }
  return `${[...header, ...events].join('\n')}\n`;
}

/** One ASS event per word of each cue: the cue with that word highlighted, from its start to the next word's. */
function captionEvents(cues: readonly CaptionCue[]): { cue: CaptionCue; word: number; start: number; end: number }[] {
  const events: { cue: CaptionCue; word: number; start: number; end: number }[] = [];
  for (const cue of cues) {
    cue.words.forEach((word, index) => {
      const start = index === 0 ? cue.start : word.start;
      const next = cue.words[index + 1];
      const end = next ? next.start : cue.end;
      if (end > start) events.push({ cue, word: index, start, end });
    });
  }
  return events;
}

/**
 * The frames (counted from the segment's start, at `fps`) on which the burned-in captions of `buildAss(cues)`
 * differ from the frame before: where an event starts or ends. ffmpeg's ass filter asks libass for
 * `trunc(pts × (1/fps) × 1000)` ms and an event shows while start ≤ t < end, in the centiseconds written to the
 * script; the same double arithmetic here gives the exact frame.
 */
export function captionChangeFrames(cues: readonly CaptionCue[], fps: number): number[] {
  const frames = new Set<number>();
  const firstFrameAt = (seconds: number) => assFrameAt(seconds, fps);
  for (const event of captionEvents(cues)) {
    frames.add(firstFrameAt(event.start));
    frames.add(firstFrameAt(event.end));
  }
  return [...frames].sort((a, b) => a - b);
}

/**
 * The first frame (at `fps`, from the script's start) on which libass shows what starts at `seconds`, written in
 * centiseconds: ffmpeg's ass filter asks for `trunc(pts × (1/fps) × 1000)` ms, and the same double arithmetic
 * here gives the exact frame.
 */
export function assFrameAt(seconds: number, fps: number): number {
  const ms = Math.max(0, Math.round(seconds * 100)) * 10;
  let n = Math.max(0, Math.floor((ms * fps) / 1000) - 1);
  while (Math.trunc(n * (1 / fps) * 1000) < ms) n += 1;
  return n;
}
