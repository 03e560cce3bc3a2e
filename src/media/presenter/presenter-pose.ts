import type { AvatarLook } from './avatar-look.js';
import { cueIndexAt, type MouthCue, type MouthShape } from './mouth-cues.js';
import { hashSeed, seededRandom } from './seeded-random.js';

/** Everything that moves, at one instant; drawPresenter turns it into pixels. */
export interface PresenterPose {
  mouth: MouthShape;
  /** 0 eyes open … 1 closed. */
  blink: number;
  /** Head roll in radians (positive leans to the presenter's left, the viewer's right). */
  headTilt: number;
  /** Head offset as a fraction of the head's height (x right, y down). */
  headX: number;
  headY: number;
  /** Shoulder rise as a fraction of the head's height (negative is up: breathing in). */
  shoulderY: number;
  /** 0 resting … 1 raised brows. */
  browRaise: number;
  /** Where the eyes look, −1 … 1 of the small range the iris can move (x right, y down). */
  gazeX: number;
  gazeY: number;
  /** 0 silent … 1 speaking (eased around the edges of speech). */
  speaking: number;
}

const BLINK_CLOSE_S = 0.07;
const BLINK_HOLD_S = 0.04;
const BLINK_OPEN_S = 0.11;
export const BLINK_DURATION_S = BLINK_CLOSE_S + BLINK_HOLD_S + BLINK_OPEN_S;
/** People blink every 2–10 s at rest; we keep to 2–6 s, with an occasional double blink. */
export const BLINK_MIN_INTERVAL_S = 2;
export const BLINK_MAX_INTERVAL_S = 6;
const DOUBLE_BLINK_GAP_S = 0.32;
const SPEECH_EASE_S = 0.35;

const blinkCache = new Map<string, number[]>();

/**
 * Start times of the blinks from 0 to `until` seconds: a seeded sequence, so a frame at any time has the same
 * blinks whether the video is rendered from the start or from the middle.
 */
export function blinkTimes(seed: string, until: number): number[] {
  let times = blinkCache.get(seed);
  if (!times) {
    times = [];
    if (blinkCache.size > 64) blinkCache.clear();
    blinkCache.set(seed, times);
  }
  if (times.length === 0 || times[times.length - 1]! < until) {
    // Regenerate from the start: the sequence only depends on the seed, so extending gives the same prefix.
    const random = seededRandom(`blink:${seed}`);
    const out: number[] = [];
    let t = 0.4 + random() * 2.2;
    while (t <= until + BLINK_MAX_INTERVAL_S) {
      out.push(t);
      if (random() < 0.12) {
        out.push(t + DOUBLE_BLINK_GAP_S);
        t += DOUBLE_BLINK_GAP_S;
      }
      // Skewed towards shorter intervals, like real blink statistics (mean ≈ 3.7 s).
      t += BLINK_MIN_INTERVAL_S + (BLINK_MAX_INTERVAL_S - BLINK_MIN_INTERVAL_S) * random() ** 1.3;
    }
    times.length = 0;
    times.push(...out);
  }
  return times.filter((start) => start <= until);
}

function blinkAmount(seed: string, t: number): number {
  const times = blinkTimes(seed, t);
  for (let i = times.length - 1; i >= 0 && i >= times.length - 3; i--) {
    const dt = t - times[i]!;
    if (dt < 0 || dt > BLINK_DURATION_S) continue;
    if (dt < BLINK_CLOSE_S) return easeInOut(dt / BLINK_CLOSE_S);
    if (dt < BLINK_CLOSE_S + BLINK_HOLD_S) return 1;
    return 1 - easeInOut((dt - BLINK_CLOSE_S - BLINK_HOLD_S) / BLINK_OPEN_S);
  }
  return 0;
}

const GAZE_HOLD_S = 2.6;

/**
 * Eyes hold a point, then jump (saccades) rather than slide: the time line is cut into GAZE_HOLD_S slots,
 * each looking at the viewer most of the time or at a small seeded offset, with a 60 ms jump between slots.
 */
function gazeAt(seed: string, t: number): { gazeX: number; gazeY: number } {
  const slot = Math.floor(Math.max(0, t) / GAZE_HOLD_S);
  const target = (k: number) => {
    const random = seededRandom(`gaze:${seed}:${k}`);
    if (random() < 0.65) return { x: 0, y: 0 };
    return { x: (random() * 2 - 1) * 0.8, y: (random() * 2 - 1) * 0.4 };
  };
  const now = target(slot);
  const into = t - slot * GAZE_HOLD_S;
  if (slot === 0 || into >= 0.06) return { gazeX: now.x, gazeY: now.y };
  const before = target(slot - 1);
  const k = easeInOut(into / 0.06);
  return { gazeX: before.x + (now.x - before.x) * k, gazeY: before.y + (now.y - before.y) * k };
}

function easeInOut(x: number): number {
  const c = Math.min(1, Math.max(0, x));
  return c * c * (3 - 2 * c);
}

/** 1 inside speech, easing to 0 within SPEECH_EASE_S of its edges. */
function speakingAmount(cues: readonly MouthCue[], t: number): number {
  const i = cueIndexAt(cues, t);
  if (i >= 0 && t < cues[i]!.end && cues[i]!.shape !== 'X') return 1;
  let distance = Infinity;
  for (let k = i; k >= 0 && k >= i - 2; k--) {
    if (cues[k]!.shape !== 'X') {
      distance = Math.min(distance, Math.max(0, t - cues[k]!.end));
      break;
    }
  }
  for (let k = i + 1; k < cues.length && k <= i + 3; k++) {
    if (cues[k]!.shape !== 'X') {
      distance = Math.min(distance, Math.max(0, cues[k]!.start - t));
      break;
    }
  }
  return 1 - easeInOut(distance / SPEECH_EASE_S);
}

/**
 * The presenter's pose at time t: a pure function of (look, cues, t, seed), so any frame can be drawn
 * on its own (seeking, parallel segments, cached renders). Speech drives the mouth, a gentle head sway and
 * nod, brow lifts and shoulder movement; silence keeps breathing, slow drift and blinks.
 */
export function presenterPose(look: AvatarLook, cues: readonly MouthCue[], t: number, seed: string): PresenterPose {
  const i = cueIndexAt(cues, t);
  const mouth: MouthShape = i >= 0 && t < cues[i]!.end ? cues[i]!.shape : 'X';
  const speaking = speakingAmount(cues, t);
  const h = hashSeed(`${look.id}:${seed}`);
  // Phases from the seed, so two presenters (or two scenes) never sway in lockstep.
  const p1 = ((h & 0xff) / 255) * Math.PI * 2;
  const p2 = (((h >>> 8) & 0xff) / 255) * Math.PI * 2;
  const p3 = (((h >>> 16) & 0xff) / 255) * Math.PI * 2;
  const p4 = (((h >>> 24) & 0xff) / 255) * Math.PI * 2;
  const tau = Math.PI * 2;

  const idleTilt = 0.012 * Math.sin(tau * 0.11 * t + p1) + 0.006 * Math.sin(tau * 0.23 * t + p2);
  const talkTilt = 0.035 * Math.sin(tau * 0.33 * t + p3) + 0.015 * Math.sin(tau * 0.71 * t + p1);
  const idleX = 0.008 * Math.sin(tau * 0.07 * t + p4);
  const talkX = 0.018 * Math.sin(tau * 0.27 * t + p2);
  const breath = Math.sin(tau * t / 4.3 + p3);
  const nod = 0.014 * Math.sin(tau * 1.1 * t + p4) * Math.max(0, Math.sin(tau * 0.19 * t + p1));
  const brow = Math.max(0, Math.sin(tau * 0.29 * t + p2)) ** 3;

  return {
    mouth,
    blink: blinkAmount(`${look.id}:${seed}`, t),
    headTilt: idleTilt + speaking * talkTilt,
    headX: idleX + speaking * talkX,
    headY: 0.004 * breath + speaking * nod,
    shoulderY: -0.01 * breath - speaking * 0.008 * Math.max(0, Math.sin(tau * 0.5 * t + p3)),
    browRaise: 0.1 + speaking * 0.6 * brow,
    ...gazeAt(`${look.id}:${seed}`, t),
    speaking,
  };
}
