import type { PhonemeTiming } from '../tts/index.js';

/** The nine Preston Blair mouth shapes (A closed … H tongue up, X rest). */
export type MouthShape = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'X';

export const MOUTH_SHAPES: readonly MouthShape[] = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'X'];

export interface MouthCue {
  start: number;
  end: number;
  shape: MouthShape;
}

// DESIGN.md's mapping from IPA, plus the symbols eSpeak emits for other languages folded into the nearest shape.
const SYMBOLS: Record<string, MouthShape> = {
  p: 'A', b: 'A', m: 'A', ɱ: 'A',
  t: 'B', d: 'B', n: 'B', k: 'B', g: 'B', ɡ: 'B', s: 'B', z: 'B', θ: 'B', ð: 'B', j: 'B', h: 'B', ɪ: 'B', i: 'B', ə: 'B',
  ŋ: 'B', ɲ: 'B', ɾ: 'B', x: 'B', ç: 'B', ʔ: 'B', ɣ: 'B', χ: 'B', ʁ: 'B', ɨ: 'B', ᵻ: 'B', ɯ: 'B', c: 'B', ɟ: 'B', q: 'B', ɦ: 'B', ʝ: 'B', ts: 'B', dz: 'B', ɕ: 'B', ʑ: 'B',
  æ: 'C', ɛ: 'C', e: 'C', ʌ: 'C', ɐ: 'C',
  ɑ: 'D', a: 'D', ɶ: 'D',
  ɔ: 'E', ɒ: 'E', ɜ: 'E', ɚ: 'E', ɹ: 'E', ɝ: 'E', r: 'E', ɻ: 'E', ɵ: 'E', ɞ: 'E',
  ʊ: 'F', u: 'F', o: 'F', w: 'F', ʃ: 'F', ʒ: 'F', tʃ: 'F', dʒ: 'F', y: 'F', ø: 'F', œ: 'F', ʏ: 'F', ʉ: 'F', ɥ: 'F', ʍ: 'F', ʂ: 'F', ʐ: 'F',
  f: 'G', v: 'G', ʋ: 'G', ɸ: 'G', β: 'G',
  l: 'H', ɫ: 'H', ɭ: 'H', ʎ: 'H', ɬ: 'H', ɮ: 'H',
};

// Diphthongs whose shapes DESIGN.md names explicitly (others split symbol by symbol).
const DIPHTHONGS: Record<string, MouthShape[]> = {
  eɪ: ['C', 'B'],
  aɪ: ['D', 'B'],
  aʊ: ['D', 'E'],
  oʊ: ['E', 'F'],
  əʊ: ['B', 'F'],
  ɔɪ: ['E', 'B'],
};

/** Stress, length and tie marks, syllabic/nasal diacritics: they do not change the mouth. */
const MARKS = /[ˈˌːˑ'",.\-_|‿̩̯̃̆͡]/gu;

/** The shapes a phoneme moves through (one for most, two for a diphthong, none for a pause). */
export function phonemeShapes(phoneme: string): MouthShape[] {
  const clean = phoneme.normalize('NFD').replace(MARKS, '').replace(/[\u0300-\u036f]/g, '');
  if (clean === '') return [];
  const diphthong = DIPHTHONGS[clean];
  if (diphthong) return diphthong;
  const whole = SYMBOLS[clean];
  if (whole) return [whole];
  const shapes: MouthShape[] = [];
  let i = 0;
  const chars = [...clean];
  while (i < chars.length) {
    const pair = chars.slice(i, i + 2).join('');
    if (i + 1 < chars.length && SYMBOLS[pair]) {
      shapes.push(SYMBOLS[pair]);
      i += 2;
      continue;
    }
    // An unknown letter still moves the mouth: B is the neutral, slightly open shape. (Repeats of one
    // shape are merged into one cue later.)
    shapes.push(SYMBOLS[chars[i]!] ?? 'B');
    i++;
  }
  return shapes;
}

/**
 * Mouth cues for lip-sync: each phoneme's shape(s), diphthongs split evenly in time, snapped to frame
 * boundaries, closures (A) kept for at least one frame so a p/b/m is always seen, and X (rest) wherever
 * nothing is spoken. Cues are contiguous from 0 to the last phoneme's end, with neighbours of the same
 * shape merged.
 */
export function mouthCues(phonemes: readonly PhonemeTiming[], fps: number): MouthCue[] {
  if (!(fps > 0)) throw new RangeError('fps must be positive');
  const raw: { start: number; end: number; shape: MouthShape }[] = [];
  for (const p of [...phonemes].sort((a, b) => a.start - b.start)) {
    if (!(p.end > p.start)) continue;
    const shapes = phonemeShapes(p.phoneme);
    const part = (p.end - p.start) / Math.max(1, shapes.length);
    shapes.forEach((shape, k) => raw.push({ start: p.start + k * part, end: p.start + (k + 1) * part, shape }));
  }

  const frames: { from: number; to: number; shape: MouthShape }[] = [];
  let cursor = 0;
  const push = (from: number, to: number, shape: MouthShape) => {
    const last = frames[frames.length - 1];
    if (last && last.shape === shape && last.to === from) last.to = to;
    else frames.push({ from, to, shape });
    cursor = to;
  };
  for (const segment of raw) {
    const from = Math.max(cursor, Math.round(segment.start * fps));
    let to = Math.round(segment.end * fps);
    if (segment.shape === 'A' && to <= from) to = from + 1;
    if (to <= from) continue;
    if (from > cursor) push(cursor, from, 'X');
    push(from, to, segment.shape);
  }
  return frames.map((f) => ({ start: f.from / fps, end: f.to / fps, shape: f.shape }));
}

/** The shape at time t (X outside every cue); cues must be sorted, as mouthCues returns them. */
export function shapeAt(cues: readonly MouthCue[], t: number): MouthShape {
  const i = cueIndexAt(cues, t);
  return i >= 0 && t < cues[i]!.end ? cues[i]!.shape : 'X';
}

/** Index of the last cue starting at or before t, or -1. */
export function cueIndexAt(cues: readonly MouthCue[], t: number): number {
  let lo = 0;
  let hi = cues.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid]!.start <= t + 1e-9) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
