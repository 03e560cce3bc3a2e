import { describe, expect, it } from 'vitest';
import { getAvatarLook, listAvatarLooks } from '../../../src/avatars/index.js';
import {
  BLINK_DURATION_S,
  BLINK_MAX_INTERVAL_S,
  blinkTimes,
  mouthCues,
  presenterPose,
  type MouthCue,
} from '../../../src/media/presenter/index.js';

const look = getAvatarLook('daniel-office')!;
// One word spoken from 2 s to 3 s, silence around it.
const cues: MouthCue[] = mouthCues(
  [
    { phoneme: 'h', start: 2, end: 2.1 },
    { phoneme: 'ɛ', start: 2.1, end: 2.4 },
    { phoneme: 'l', start: 2.4, end: 2.5 },
    { phoneme: 'oʊ', start: 2.5, end: 3 },
  ],
  30,
);

describe('presenterPose', () => {
  it('is a function of time: the same t gives the same pose, in any order of calls', () => {
    const times = [0, 0.5, 2.05, 2.7, 9.9, 37.3, 120];
    const first = times.map((t) => presenterPose(look, cues, t, 'scene-1'));
    const reversed = [...times].reverse().map((t) => presenterPose(look, cues, t, 'scene-1')).reverse();
    expect(reversed).toEqual(first);
    // A fresh seed sequence (a new process seeking straight to t) agrees too.
    expect(presenterPose(look, cues, 37.3, 'scene-1')).toEqual(first[5]);
  });

  it('follows the mouth cues and rests outside them', () => {
    expect(presenterPose(look, cues, 1, 's').mouth).toBe('X');
    expect(presenterPose(look, cues, 2.05, 's').mouth).toBe('B');
    expect(presenterPose(look, cues, 2.2, 's').mouth).toBe('C');
    expect(presenterPose(look, cues, 2.45, 's').mouth).toBe('H');
    expect(presenterPose(look, cues, 5, 's').mouth).toBe('X');
  });

  it('moves the head more while speaking than while silent, but never stands still', () => {
    const sway = (from: number, to: number) => {
      const tilts: number[] = [];
      for (let t = from; t < to; t += 1 / 30) tilts.push(presenterPose(look, cues, t, 's').headTilt);
      return Math.max(...tilts) - Math.min(...tilts);
    };
    const longCues = mouthCues(Array.from({ length: 60 }, (_, i) => ({ phoneme: i % 2 ? 'ɑː' : 'm', start: i * 0.1, end: (i + 1) * 0.1 })), 30);
    const speakingSway = (() => {
      const tilts: number[] = [];
      for (let t = 0; t < 6; t += 1 / 30) tilts.push(presenterPose(look, longCues, t, 's').headTilt);
      return Math.max(...tilts) - Math.min(...tilts);
    })();
    const silentSway = sway(10, 16);
    expect(silentSway).toBeGreaterThan(0.001);
    expect(speakingSway).toBeGreaterThan(silentSway * 1.5);
    expect(presenterPose(look, cues, 2.5, 's').speaking).toBe(1);
    expect(presenterPose(look, cues, 8, 's').speaking).toBe(0);
  });

  it('keeps every motion small (degrees, not somersaults)', () => {
    for (let t = 0; t < 60; t += 0.37) {
      const pose = presenterPose(look, cues, t, 'bounds');
      expect(Math.abs(pose.headTilt)).toBeLessThan(0.1);
      expect(Math.abs(pose.headX)).toBeLessThan(0.05);
      expect(Math.abs(pose.headY)).toBeLessThan(0.05);
      expect(Math.abs(pose.shoulderY)).toBeLessThan(0.05);
      expect(pose.blink).toBeGreaterThanOrEqual(0);
      expect(pose.blink).toBeLessThanOrEqual(1);
    }
  });

  it('differs between seeds (two scenes do not sway in lockstep)', () => {
    expect(presenterPose(look, cues, 4, 'a').headTilt).not.toBe(presenterPose(look, cues, 4, 'b').headTilt);
  });
});

describe('blinks', () => {
  it('come at natural random intervals: 2–6 s apart, with occasional quick double blinks', () => {
    for (const candidate of listAvatarLooks()) {
      const times = blinkTimes(`${candidate.id}:scene`, 600);
      const intervals = times.slice(1).map((t, i) => t - times[i]!);
      const singles = intervals.filter((gap) => gap > 1);
      const doubles = intervals.filter((gap) => gap <= 1);
      expect(times[0]!).toBeLessThan(3);
      for (const gap of singles) {
        expect(gap).toBeGreaterThanOrEqual(2);
        expect(gap).toBeLessThanOrEqual(BLINK_MAX_INTERVAL_S + 0.5);
      }
      for (const gap of doubles) expect(gap).toBeGreaterThan(BLINK_DURATION_S);
      const mean = 600 / times.length;
      // People at rest blink roughly 10–25 times a minute.
      expect(mean).toBeGreaterThan(2.4);
      expect(mean).toBeLessThan(6);
      expect(doubles.length).toBeLessThan(times.length * 0.25);
      // Not a metronome.
      const sd = Math.sqrt(singles.reduce((sum, gap) => sum + (gap - mean) ** 2, 0) / singles.length);
      expect(sd).toBeGreaterThan(0.5);
    }
  });

  it('close the eyes fully for a moment and are seen by presenterPose', () => {
    const first = blinkTimes(`${look.id}:s`, 30)[0]!;
    expect(presenterPose(look, [], first + 0.09, 's').blink).toBe(1);
    expect(presenterPose(look, [], first - 0.5, 's').blink).toBe(0);
    expect(presenterPose(look, [], first + BLINK_DURATION_S + 0.01, 's').blink).toBe(0);
  });

  it('are the same sequence whether asked for a short or a long stretch', () => {
    const long = blinkTimes('seek', 300);
    expect(blinkTimes('seek', 20)).toEqual(long.filter((t) => t <= 20));
  });
});
