import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildAss,
  buildSrt,
  buildVtt,
  captionWords,
  contentBox,
  drawScene,
  groupCaptionCues,
  listStyles,
  type CaptionCue,
  type Style,
  type WordTiming,
} from '../../src/media/index.js';
import { registerBundledFonts } from '../../src/styles/index.js';
import type { Scene, Storyboard } from '../../src/storyboard/index.js';

/**
 * Text a user controls (prompt → narration, headlines, bullets, captions) must stay text: it cannot add ASS
 * override tags or script sections, SRT/WebVTT cues, or filter-graph syntax, and what the canvas draws stays
 * inside the frame's content box however long or strange it is. (User text never enters an ffmpeg filter
 * string: captions reach ffmpeg as an ASS file whose name we choose, and scenes as pictures.)
 */

const HOSTILE = [
  '{\\pos(0,0)}{\\fs400}{\\c&H0000FF&}OWNED',
  '{\\an7}{\\move(0,0,1920,1080)}x',
  'a\\Nb\\nc\\hd',
  'line one\nline two\r\nline three\u2028four\u0085five',
  "[0:v]drawtext=text='pwn':fontfile=/etc/passwd[out];[out]null,=:'\\",
  ';[]=,:\'"`$(id)|&<>',
  '\n\n99\n00:00:00,000 --> 99:59:59,999\nINJECTED CUE\n\n',
  'WEBVTT\n\nNOTE --> <script>alert(1)</script> <c.red>x</c> &amp;',
  '[Script Info]\nPlayResX: 1\n[Events]\nDialogue: 9,0:00:00.00,9:00:00.00,Caption,,0,0,0,,INJECTED',
  'W'.repeat(3000),
  '😀'.repeat(1500),
  'Z' + '\u0301\u0302\u0303'.repeat(300),
  '\u202eevil\u202c \u200b\u200d\ufeff',
  'مرحبا بالعالم '.repeat(80),
  '漢字かな交じり文'.repeat(200),
  '\u0000\u0001\u001b[31mred\u007f',
];

const style: Style = listStyles()[0]!;

function timings(narration: string): WordTiming[] {
  const out: WordTiming[] = [];
  const pattern = /\S+/g;
  let match: RegExpExecArray | null;
  let t = 0;
  while ((match = pattern.exec(narration))) {
    out.push({ text: match[0], charStart: match.index, charEnd: match.index + match[0].length, start: t, end: t + 0.3 });
    t += 0.35;
  }
  return out;
}

function cuesFor(narration: string): CaptionCue[] {
  return groupCaptionCues(captionWords(narration, timings(narration), 0.5), { maxWords: 5, maxChars: 32 });
}

/** Our own inline tags: the highlight colour switches, `{\1c&HBBGGRR&}`. */
const OWN_TAG = /\{\\1c&H[0-9A-F]{6}&\}/g;

function checkAss(narration: string, strictControls = false): void {
  const cues = cuesFor(narration);
  const ass = buildAss(cues, { width: 1920, height: 1080, style, font: style.fonts.body });
  const benign = buildAss([], { width: 1920, height: 1080, style, font: style.fonts.body });
  const lines = ass.split('\n');
  const header = benign.split('\n').slice(0, -1);
  // The header is exactly ours; nothing before [Events]' Format line was added or changed.
  expect(lines.slice(0, header.length)).toEqual(header);
  const events = lines.slice(header.length).filter(Boolean);
  const expectedEvents = cues.reduce((n, cue) => n + cue.words.length, 0);
  expect(events.length).toBeLessThanOrEqual(expectedEvents);
  for (const event of events) {
    expect(event.startsWith('Dialogue: 0,')).toBe(true);
    const text = event.split(',').slice(9).join(',');
    const stripped = text.replace(OWN_TAG, '');
    // No override block, no \N \h \pos…, no line break survives.
    expect(stripped).not.toMatch(/[{}\\\r\n]/);
    if (strictControls) {
      // eslint-disable-next-line no-control-regex
      expect(stripped, JSON.stringify(stripped)).not.toMatch(/[\u0000-\u001f\u007f\u2028\u2029\u0085]/);
    }
  }
}

function checkSubtitles(narration: string): void {
  const cues = cuesFor(narration);
  const srt = buildSrt(cues);
  const blocks = srt.split('\n\n').filter((b) => b.trim() !== '');
  expect(blocks).toHaveLength(cues.length);
  blocks.forEach((block, index) => {
    const [number, timing, ...text] = block.replace(/\n$/, '').split('\n');
    expect(number).toBe(String(index + 1));
    expect(timing).toMatch(/^\d\d:\d\d:\d\d,\d{3} --> \d\d:\d\d:\d\d,\d{3}$/);
    expect(text, JSON.stringify(block)).toHaveLength(1);
  });
  const vtt = buildVtt(cues);
  expect(vtt.startsWith('WEBVTT\n\n')).toBe(true);
  const vttBlocks = vtt.slice('WEBVTT\n\n'.length).split('\n\n').filter((b) => b.trim() !== '');
  expect(vttBlocks).toHaveLength(cues.length);
  for (const block of vttBlocks) {
    const [, timing, ...text] = block.replace(/\n$/, '').split('\n');
    expect(timing).toMatch(/^\d\d:\d\d:\d\d\.\d{3} --> \d\d:\d\d:\d\d\.\d{3}$/);
    expect(text).toHaveLength(1);
    // The only markup left is our word timestamps; "-->" cannot appear in cue text.
    const withoutOwn = text[0]!.replace(/<\d\d:\d\d:\d\d\.\d{3}>/g, '');
    expect(withoutOwn).not.toMatch(/[<>]/);
    expect(withoutOwn).not.toContain('-->');
  }
}

describe('captions of hostile narration', () => {
  it('ASS: override tags, \\N, newlines, sections and control characters stay inert text', () => {
    for (const text of HOSTILE) checkAss(text);
    checkAss(HOSTILE.join(' '));
  });

  // Found by this suite, reported (src/media is not ours to edit): escapeAssText keeps control characters
  // (NUL, ESC, U+0085, U+2028…). They cannot open a tag or a line, but a NUL in the script file may end
  // libass's parsing of it early. This flips to failing once escapeAssText drops them.
  it.fails('ASS: control characters are dropped too (known issue, reported)', () => {
    checkAss('before \u0000 \u001b[31m \u0085 \u2028 after', true);
  });

  it('SRT and WebVTT: a cue per cue, one text line each, no markup or cue timing smuggled in', () => {
    for (const text of HOSTILE) checkSubtitles(text);
    checkSubtitles(HOSTILE.join(' '));
  });

  it('holds for generated text (fast-check, 500 narrations)', () => {
    const piece = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom(...HOSTILE.map((h) => h.slice(0, 60)), '{', '}', '\\', '\n', '-->', '<', '&'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const narration = pieces.join(' ');
        checkAss(narration);
        checkSubtitles(narration);
      }),
      { numRuns: 500 },
    );
  });
});

/** A context that records where each piece of text was drawn and how wide it is. */
function recordingContext(ctx: SKRSContext2D): { ctx: SKRSContext2D; drawn: Array<{ text: string; left: number; right: number; y: number }> } {
  const drawn: Array<{ text: string; left: number; right: number; y: number }> = [];
  const proxy = new Proxy(ctx, {
    get(target, prop) {
      if (prop === 'fillText') {
        return (text: string, x: number, y: number) => {
          // In the drawing's own coordinates (the context's scale applies to x and width alike).
          const width = target.measureText(text).width;
          const align = target.textAlign;
          const left = align === 'center' ? x - width / 2 : align === 'right' || align === 'end' ? x - width : x;
          drawn.push({ text, left, right: left + width, y });
          target.fillText(text, x, y);
        };
      }
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
    set(target, prop, value) {
      return Reflect.set(target, prop, value, target);
    },
  });
  return { ctx: proxy, drawn };
}

function storyboardOf(scene: Omit<Scene, 'id'>, orientation: Storyboard['orientation']): Storyboard {
  return {
    schema: 2, version: 1, title: HOSTILE[0]!, language: 'en', orientation, duration_target_sec: null, voice_id: 'v', avatar_id: null,
    style_id: style.style_id, pace: 1, music: null, captions: { enabled: true, style: 'default' }, scenes: [{ ...scene, id: 's1' } as Scene],
  } as Storyboard;
}

describe('scene text on the canvas', () => {
  it('hostile headlines and bullets in every layout are drawn inside the content box, never past the frame', () => {
    registerBundledFonts();
    const layouts = ['title', 'presenter', 'bullets', 'quote', 'stat', 'cta'] as const;
    const samples = [HOSTILE, ['W'.repeat(10_000)], ['😀'.repeat(5000)]];
    for (const orientation of ['landscape', 'portrait'] as const) {
      const [width, height] = orientation === 'portrait' ? [1080, 1920] : [1920, 1080];
      for (const layout of layouts) {
        for (const texts of samples) {
          const scene = { layout, narration: texts.join(' '), headline: texts.join(' '), bullets: texts.slice(0, 6), presenter: 'none', transition: 'cut', duration_sec: 5 } as Omit<Scene, 'id'>;
          const canvas = createCanvas(width / 4, height / 4);
          const raw = canvas.getContext('2d');
          raw.scale(0.25, 0.25);
          const { ctx, drawn } = recordingContext(raw);
          drawScene(ctx, { width, height, storyboard: storyboardOf(scene, orientation), sceneIndex: 0, style, media: null });
          const area = contentBox(width, height, 'none', false);
          const slack = Math.min(width, height) * 0.03;
          const where = `${orientation} ${layout} ${texts[0]!.slice(0, 20)}`;
          expect(drawn.length, where).toBeGreaterThan(0);
          for (const piece of drawn) {
            expect(piece.left, `${where}: "${piece.text.slice(0, 40)}"`).toBeGreaterThanOrEqual(area.x - slack);
            expect(piece.right, `${where}: "${piece.text.slice(0, 40)}"`).toBeLessThanOrEqual(area.x + area.width + slack);
            expect(piece.y, where).toBeGreaterThanOrEqual(0);
            expect(piece.y, where).toBeLessThanOrEqual(height);
          }
        }
      }
    }
  });
});
