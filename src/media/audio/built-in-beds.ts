import { encodeWav } from '../tts/index.js';

/** Built-in music beds, synthesised at first use and cached (no audio files to ship). */
export const BUILT_IN_BEDS = ['calm', 'bright'] as const;
export type BuiltInBed = (typeof BUILT_IN_BEDS)[number];

/** Seconds of one loop of a bed: chord changes every 4 s, four chords. */
export const BED_LOOP_SEC = 16;

/** Chords as integer Hz: with whole-number frequencies every sine is back in phase each second, so the loop is seamless. */
const CHORDS: Record<BuiltInBed, number[][]> = {
  // Am – F – C – G, low and soft.
  calm: [
    [110, 131, 165, 220],
    [87, 110, 131, 175],
    [131, 165, 196, 262],
    [98, 123, 147, 196],
  ],
  // C – G – Am – F, an octave up.
  bright: [
    [262, 330, 392, 523],
    [196, 247, 294, 392],
    [220, 262, 330, 440],
    [175, 220, 262, 349],
  ],
};

export function isBuiltInBed(name: string): name is BuiltInBed {
  return (BUILT_IN_BEDS as readonly string[]).includes(name);
}

const BED_RATE = 48000;

/**
 * One loop of a bed's tones as 48 kHz mono 16-bit WAV bytes: each chord is a sum of sines under a raised-cosine
 * swell peaking on its 4 s slot, so chords cross-fade like a pad. Computed here (~0.1 s) rather than by ffmpeg's
 * aevalsrc, which interprets the expression per sample (~1.3 s).
 */
export function bedTonesWav(name: BuiltInBed): Buffer {
  const chords = CHORDS[name];
  const samples = new Int16Array(BED_LOOP_SEC * BED_RATE);
  const twoPi = 2 * Math.PI;
  // Whole-number frequencies: sin(2π·f·i/R) is one second's sine table read at (f·i) mod R.
  const sine = new Float64Array(BED_RATE);
  for (let i = 0; i < BED_RATE; i += 1) sine[i] = Math.sin((twoPi * i) / BED_RATE);
  // Every chord's swell is the same raised cosine over the loop, shifted to peak on its slot.
  const loop = samples.length;
  const swellAt = new Float64Array(loop);
  for (let i = 0; i < loop; i += 1) swellAt[i] = (0.5 + 0.5 * Math.cos((twoPi * i) / loop)) ** 4;
  for (let i = 0; i < loop; i += 1) {
    let value = 0;
    for (let k = 0; k < chords.length; k += 1) {
      const swell = swellAt[(((i - (4 * k + 2) * BED_RATE) % loop) + loop) % loop]!;
      if (swell < 1e-6) continue;
      let tone = 0;
      for (const f of chords[k]!) tone += sine[(f * i) % BED_RATE]!;
      value += swell * tone;
    }
    samples[i] = Math.max(-32768, Math.min(32767, Math.round(0.12 * value * 32767)));
  }
  return encodeWav(samples, BED_RATE);
}

/**
 * ffmpeg arguments (after the input options) that turn `bedTonesWav`'s output at `tones` into one loop of the bed
 * at `out`, as 48 kHz stereo WAV: a low-pass and a short echo soften the tones.
 */
export function bedArgs(tones: string, out: string): string[] {
  return [
    '-hide_banner', '-nostdin', '-y',
    '-i', tones,
    '-af', `aformat=channel_layouts=mono,lowpass=f=1800,aecho=0.8:0.6:60|120:0.25|0.15,atrim=0:${BED_LOOP_SEC},aformat=sample_fmts=s16:sample_rates=48000:channel_layouts=stereo`,
    out,
  ];
}
