import { FEATURE_SIZE, HOP_SECONDS, mfccFeatures } from './mfcc-features.js';
import { speechSpan } from './speech-span.js';

/** A clip as the aligner reads it. */
export interface AlignClip {
  samples: Int16Array | Float32Array;
  sampleRate: number;
}

/**
 * How far (in frames) the path may stray from the straight line between the two clips' ends: wide enough for
 * one voice to pause where the other does not (several seconds over a long narration), narrow enough that a
 * minute of speech aligns in a fraction of a second and a few tens of megabytes.
 */
function bandWidth(rows: number, columns: number): number {
  return Math.min(600, Math.max(60, Math.round(0.2 * Math.max(rows, columns)) + Math.abs(rows - columns)));
}

/**
 * Dynamic time warping of `reference` onto `target` (MFCC frames every 10 ms, a Sakoe-Chiba band around the
 * diagonal, the symmetric step pattern that does not favour short paths), returned as a monotone map from a time
 * in the reference to the time in the target where the same sound is heard.
 */
export function dtwTimeMap(reference: AlignClip, target: AlignClip): (seconds: number) => number {
  // Only the speech is warped, from each clip's first sound to its last: silence before and after says nothing
  // about where words are, and a voice that starts at once would otherwise hold its first word over the other's
  // leading silence.
  const from = speechOf(reference);
  const to = speechOf(target);
  const a = mfccFeatures(from.samples, reference.sampleRate);
  const b = mfccFeatures(to.samples, target.sampleRate);
  const rows = a.length / FEATURE_SIZE;
  const columns = b.length / FEATURE_SIZE;
  const firstColumn = warpPath(a, b, rows, columns);
  return (seconds) => {
    const local = seconds - from.start;
    if (local <= 0) return to.start + local;
    const position = Math.min(rows - 1, local / HOP_SECONDS);
    const row = Math.floor(position);
    const next = Math.min(rows - 1, row + 1);
    const at = firstColumn[row]! + (position - row) * (firstColumn[next]! - firstColumn[row]!);
    // Beyond the reference's last frame, time runs on at the same rate.
    return to.start + at * HOP_SECONDS + Math.max(0, local / HOP_SECONDS - (rows - 1)) * HOP_SECONDS;
  };
}

/** The stretch of a clip from its first sound to its last, and where it starts (seconds). */
function speechOf(clip: AlignClip): { samples: Int16Array | Float32Array; start: number } {
  const pcm = clip.samples instanceof Int16Array ? clip.samples : Int16Array.from(clip.samples, (x) => Math.max(-32768, Math.min(32767, Math.round(x * 32767))));
  // 1 % of the peak: a word's quiet last consonant (the "ch" of "speech") is still speech.
  const span = speechSpan(pcm, clip.sampleRate, 0.01);
  const first = Math.floor(span.start * clip.sampleRate);
  const last = Math.max(first + 1, Math.ceil(span.end * clip.sampleRate));
  return { samples: clip.samples.subarray(first, last), start: first / clip.sampleRate };
}

/** For each reference frame, the first target frame the cheapest path pairs it with. */
function warpPath(a: Float32Array, b: Float32Array, rows: number, columns: number): Float64Array {
  const width = bandWidth(rows, columns);
  const span = 2 * width + 1;
  const centre = (i: number) => Math.round((i * (columns - 1)) / Math.max(1, rows - 1));
  const cost = new Float32Array(rows * span).fill(Infinity);
  // 0: diagonal, 1: from the row above (reference advances), 2: from the left (target advances).
  const step = new Uint8Array(rows * span);
  const at = (i: number, j: number) => {
    const k = j - centre(i) + width;
    return k < 0 || k >= span || j < 0 || j >= columns ? -1 : i * span + k;
  };
  for (let i = 0; i < rows; i++) {
    const c = centre(i);
    for (let j = Math.max(0, c - width); j <= Math.min(columns - 1, c + width); j++) {
      let d = 0;
      for (let x = 0; x < FEATURE_SIZE; x++) d += (a[i * FEATURE_SIZE + x]! - b[j * FEATURE_SIZE + x]!) ** 2;
      d = Math.sqrt(d);
      const here = at(i, j);
      if (i === 0 && j === 0) {
        cost[here] = d;
        continue;
      }
      const diagonal = i > 0 && j > 0 ? at(i - 1, j - 1) : -1;
      const above = i > 0 ? at(i - 1, j) : -1;
      const left = j > 0 ? at(i, j - 1) : -1;
      let best = diagonal >= 0 ? cost[diagonal]! + 2 * d : Infinity;
      let move = 0;
      if (above >= 0 && cost[above]! + d < best) {
        best = cost[above]! + d;
        move = 1;
      }
      if (left >= 0 && cost[left]! + d < best) {
        best = cost[left]! + d;
        move = 2;
      }
      cost[here] = best;
      step[here] = move;
    }
  }
  const firstColumn = new Float64Array(rows);
  let i = rows - 1;
  let j = columns - 1;
  // The band always holds both corners (its width covers the difference in lengths), so the walk back ends at (0, 0).
  while (i > 0 || j > 0) {
    firstColumn[i] = j;
    const move = step[at(i, j)];
    if (move === 0) {
      i--;
      j--;
    } else if (move === 1) i--;
    else j--;
  }
  firstColumn[0] = 0;
  return firstColumn;
}
