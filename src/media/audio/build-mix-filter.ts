/** Background sound laid under the narration: a music bed (looped by the input) or a video clip's sound. */
export interface MixBackground {
  /** ffmpeg input index. */
  input: number;
  /** Seconds from the start of the video. */
  start: number;
  /** Seconds of this input to use. */
  duration: number;
  volume: number;
}

export interface MixFilterOptions {
  /** Input index of the narration WAV (mono). */
  narrationInput: number;
  backgrounds: readonly MixBackground[];
  totalSec: number;
}

const STEREO = 'aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo';

/** Integrated loudness every soundtrack is brought to, and the ceiling of its sample peaks (−1.9 dBFS). */
export const TARGET_LUFS = -16;
const PEAK_LIMIT = 0.8;

/**
 * The audio graph before normalisation: backgrounds (music, clip sound) placed on the clock, mixed, ducked under
 * the narration with sidechaincompress, and mixed with the narration. Output label: [mix].
 * Quirks of the 2018 build (DESIGN.md): explicit mono layout on WAVs, aformat on both sidechain inputs,
 * amix halves its inputs (so volume after it).
 */
export function buildMixFilter(o: MixFilterOptions): string {
  const chains: string[] = [];
  const total = o.totalSec.toFixed(3);
  const narration = `[${o.narrationInput}:a]aformat=channel_layouts=mono,aresample=48000,${STEREO}`;
  if (o.backgrounds.length === 0) {
    chains.push(`${narration},apad,atrim=0:${total}[mix]`);
    return chains.join(';\n');
  }
  o.backgrounds.forEach((bg, i) => {
    const delay = Math.round(bg.start * 1000);
    chains.push(
      `[${bg.input}:a]aresample=48000,${STEREO},atrim=0:${bg.duration.toFixed(3)},asetpts=N/SR/TB,volume=${bg.volume.toFixed(3)}` +
        `${delay > 0 ? `,adelay=${delay}|${delay}` : ''},apad,atrim=0:${total}[bg${i}]`,
    );
  });
  const n = o.backgrounds.length;
  if (n > 1) chains.push(`${o.backgrounds.map((_, i) => `[bg${i}]`).join('')}amix=inputs=${n}:duration=first:dropout_transition=0,volume=${n},${STEREO}[bgm]`);
  else chains.push(`[bg0]${STEREO}[bgm]`);
  chains.push(`${narration},apad,atrim=0:${total},asplit=2[nar][side]`);
  chains.push(`[side]${STEREO}[sc]`);
  chains.push(`[bgm][sc]sidechaincompress=threshold=0.015:ratio=10:attack=15:release=350:makeup=1[duck]`);
  chains.push(`[nar][duck]amix=inputs=2:duration=first:dropout_transition=0,volume=2,${STEREO}[mix]`);
  return chains.join(';\n');
}

/**
 * The first pass: [mix] through an EBU R128 meter, to a null output. Its summary (stderr) gives the integrated
 * loudness, read by `parseIntegratedLoudness`. A measured gain and a limiter then do what loudnorm did, at a
 * fifth of its cost (loudnorm resamples to 192 kHz for every sample of the mix).
 */
export function measureLoudnessFilter(mixGraph: string): string {
  return `${mixGraph};\n[mix]ebur128=framelog=verbose[aout]`;
}

/** Integrated loudness (LUFS) from ebur128's summary, or null when there is none (silence reads −70). */
export function parseIntegratedLoudness(stderr: string): number | null {
  const summary = stderr.slice(stderr.lastIndexOf('Summary:'));
  const match = /Integrated loudness:\s*I:\s*(-?[\d.]+|-inf)\s*LUFS/.exec(summary);
  if (!match || match[1] === '-inf') return null;
  const lufs = Number(match[1]);
  return Number.isFinite(lufs) && lufs > -70 ? lufs : null;
}

/**
 * The second pass: [mix] brought from `measuredLufs` to TARGET_LUFS (null: left as it is, e.g. silence), sample
 * peaks limited to PEAK_LIMIT so true peaks stay under −1 dBTP after AAC. Output label: [aout].
 */
export function normaliseFilter(mixGraph: string, measuredLufs: number | null, totalSec: number): string {
  const gainDb = measuredLufs === null ? 0 : Math.max(-30, Math.min(30, TARGET_LUFS - measuredLufs));
  return `${mixGraph};\n[mix]volume=${gainDb.toFixed(2)}dB,alimiter=limit=${PEAK_LIMIT}:level=disabled:attack=5:release=50,${STEREO},atrim=0:${totalSec.toFixed(3)}[aout]`;
}
