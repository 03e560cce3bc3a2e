import type { Scene } from '../../../storyboard/index.js';
import { captionFontFamily } from '../../fonts/index.js';
import { assFrameAt, escapeAssText, formatAssTime } from '../build-ass.js';
import { toAssColor } from '../color.js';
import type { SceneDrawing } from '../scene-drawing.js';
import { captionBand, contentBox } from '../scene-geometry.js';
import { inkOn } from './chart-look.js';
import { illustrationSize } from './draw-scene-picture.js';
import type { KineticWord } from './pick-kinetic-words.js';
import { pictureOf, sceneSlot } from './visual-slot.js';

/** Where and how a scene's key words appear: centre point, size, the sticker's colour and the ink on it. */
export interface KineticPlacement {
  x: number;
  y: number;
  size: number;
  fill: string;
  ink: string;
  uppercase: boolean;
}

const FADE_IN_MS = 120;
const SCALE_MS = 200;
const FADE_OUT_MS = 160;

/**
 * Where a scene's key words go, or null for a scene that shows none (its words are already the picture: a
 * list, a quote, a chart, a closing call). Over a full-bleed picture, large words in the middle of the frame
 * (larger and in capitals in portrait: the social look); on an illustrated slide, a sticker on the foot of the
 * illustration.
 */
export function kineticPlacement(d: Pick<SceneDrawing, 'width' | 'height' | 'storyboard' | 'style' | 'reservePresenter'>, scene: Scene, fullBleed: boolean): KineticPlacement | null {
  const { width, height, style } = d;
  const portrait = height > width;
  const unit = Math.min(width, height) / 1080;
  const fill = style.palette.accent;
  if (fullBleed) {
    return { x: width / 2, y: height * (portrait ? 0.44 : 0.42), size: (portrait ? 124 : 100) * unit, fill, ink: inkOn(fill), uppercase: portrait };
  }
  if (pictureOf(scene) !== 'illustration' || scene.layout === 'cta' || scene.layout === 'media') return null;
  const area = contentBox(width, height, scene.presenter, d.reservePresenter ?? false);
  const slot = sceneSlot(d, scene, { area, portrait, unit }).picture;
  if (!slot) return null;
  const size = 54 * unit;
  const radius = Math.min(slot.width, slot.height) * 0.46;
  // Just under the picture (a label on its disc), never over it, and above the captions.
  const below = slot.y + slot.height / 2 + illustrationSize(radius, scene.visual?.kind === 'icon') / 2 + size * 0.75;
  const y = Math.min(below, captionBand(width, height).y - size);
  return { x: slot.x + slot.width / 2, y, size, fill, ink: inkOn(fill), uppercase: false };
}

/** An ASS script of the key words (on the segment's clock), each scaling up into place as a sticker, then fading. */
export function buildKineticAss(words: readonly KineticWord[], placement: KineticPlacement, o: { width: number; height: number; font: string }): string {
  const p = placement;
  const unit = Math.min(o.width, o.height) / 1080;
  const family = captionFontFamily(o.font, words.map((w) => w.text).join(''));
  const pad = Math.round(p.size * 0.22);
  const header = [
    '[Script Info]',
    'ScriptType: v4.00+',
    `PlayResX: ${o.width}`,
    `PlayResY: ${o.height}`,
    'WrapStyle: 2',
    'ScaledBorderAndShadow: yes',
    '',
    '[V4+ Styles]',
    'Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding',
    // BorderStyle 3: an opaque box in the outline colour, `pad` around the word: a sticker in the accent.
    `Style: Kinetic,${family},${Math.round(p.size)},${toAssColor(p.ink)},${toAssColor(p.ink)},${toAssColor(p.fill)},&H80000000,-1,0,0,0,100,100,${Math.round(unit)},0,3,${pad},0,5,0,0,0,1`,
    '',
    '[Events]',
    'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text',
  ];
  const events = words.map((w) => {
    const text = escapeAssText(p.uppercase ? w.text.toUpperCase() : w.text);
    // A word that came up before this segment began (a scene's transition part ends mid-word) just stays.
    const entering = w.start >= 0;
    const pos = `\\pos(${Math.round(p.x)},${Math.round(p.y)})`;
    const fx = entering ? `{${pos}\\fad(${FADE_IN_MS},${FADE_OUT_MS})\\fscx70\\fscy70\\t(0,${SCALE_MS},\\fscx100\\fscy100)}` : `{${pos}\\fad(0,${FADE_OUT_MS})}`;
    return `Dialogue: 1,${formatAssTime(w.start)},${formatAssTime(w.end)},Kinetic,,0,0,0,,${fx}${text}`;
  });
  return `${[...header, ...events].join('\n')}\n`;
}

/** Every frame on which the key words change: each frame of their scale-in and fade-out, and where they end. */
export function kineticChangeFrames(words: readonly KineticWord[], fps: number): number[] {
  const frames = new Set<number>();
  const range = (from: number, to: number) => {
    for (let f = assFrameAt(from, fps); f <= assFrameAt(to, fps); f += 1) frames.add(f);
  };
  for (const w of words) {
    if (w.start >= 0) range(w.start, w.start + Math.max(FADE_IN_MS, SCALE_MS) / 1000 + 1 / fps);
    range(Math.max(w.start, w.end - FADE_OUT_MS / 1000 - 1 / fps), w.end);
  }
  return [...frames].sort((a, b) => a - b);
}
