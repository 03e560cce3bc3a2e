import type { WordTiming } from '../tts-engine.js';

/**
 * Where the speech in a clip starts and ends (seconds): the first and last 10 ms window louder than the floor,
 * `floorRatio` of the peak.
 */
export function speechSpan(samples: Int16Array, sampleRate: number, floorRatio = 0.03): { start: number; end: number } {
  const window = Math.max(1, Math.round(sampleRate * 0.01));
  let peak = 0;
  for (let index = 0; index < samples.length; index++) peak = Math.max(peak, Math.abs(samples[index]!));
  // Never below the hiss of a quiet recording.
  const floor = Math.max(200, peak * floorRatio);
  let first = -1;
  let last = -1;
  for (let start = 0; start < samples.length; start += window) {
    let sum = 0;
    const end = Math.min(samples.length, start + window);
    for (let index = start; index < end; index++) sum += samples[index]! * samples[index]!;
    if (Math.sqrt(sum / (end - start)) >= floor) {
      if (first < 0) first = start;
      last = end;
    }
  }
  const duration = samples.length / sampleRate;
  return first < 0 ? { start: 0, end: duration } : { start: first / sampleRate, end: last / sampleRate };
}

/** For a word of `audio`: the start of its first 10 ms window louder than the clip's floor (its start if none is). */
export function soundOnset(audio: { samples: Int16Array; sampleRate: number }): (word: WordTiming) => number {
  const window = Math.max(1, Math.round(audio.sampleRate * 0.01));
  let peak = 0;
  for (let index = 0; index < audio.samples.length; index++) peak = Math.max(peak, Math.abs(audio.samples[index]!));
  const floor = Math.max(200, peak * 0.03);
  return (word) => {
    for (let start = Math.floor(word.start * audio.sampleRate); start < word.end * audio.sampleRate && start < audio.samples.length; start += window) {
      let sum = 0;
      const end = Math.min(audio.samples.length, start + window);
      for (let index = start; index < end; index++) sum += audio.samples[index]! * audio.samples[index]!;
      if (Math.sqrt(sum / (end - start)) >= floor) return start / audio.sampleRate;
    }
    return word.start;
  };
}
