export interface NarrationClip {
  samples: Int16Array;
  sampleRate: number;
  /** Where the clip starts in the track, in seconds. */
  start: number;
}

/** Linear resampling: good enough for speech whose engines rarely disagree on the rate at all. */
function resample(samples: Int16Array, from: number, to: number): Int16Array {
  if (from === to) return samples;
  const length = Math.round((samples.length * to) / from);
  const out = new Int16Array(length);
  for (let i = 0; i < length; i += 1) {
    const position = (i * from) / to;
    const left = Math.floor(position);
    const a = samples[left] ?? 0;
    const b = samples[left + 1] ?? a;
    out[i] = Math.round(a + (b - a) * (position - left));
  }
  return out;
}

/**
 * One mono track of `duration` seconds with every clip placed at its start and silence between, so the
 * encoder gets one audio input instead of a concat of dozens. Clips running past the end are cut.
 */
export function buildNarrationTrack(clips: readonly NarrationClip[], duration: number, sampleRate: number): Int16Array {
  const track = new Int16Array(Math.round(duration * sampleRate));
  for (const clip of clips) {
    const samples = resample(clip.samples, clip.sampleRate, sampleRate);
    const offset = Math.round(clip.start * sampleRate);
    const room = Math.max(0, Math.min(samples.length, track.length - offset));
    track.set(samples.subarray(0, room), offset);
  }
  return track;
}
