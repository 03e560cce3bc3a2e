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
  /** False when the narration is all silence (loudnorm on silence misbehaves). */
  hasNarration: boolean;
  backgrounds: readonly MixBackground[];
  totalSec: number;
}

const STEREO = 'aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo';

/**
 * The audio graph: backgrounds (music, clip sound) placed on the clock, mixed, ducked under the narration
 * with sidechaincompress, mixed with the narration, normalised to -16 LUFS and limited below -1 dBTP.
 * Quirks of the 2018 build (DESIGN.md): explicit mono layout on WAVs, aformat on both sidechain inputs,
 * amix halves its inputs (so volume after it), loudnorm outputs 192 kHz (so resample after it),
 * alimiter needs level=disabled. Output label: [aout].
 */
export function buildMixFilter(o: MixFilterOptions): string {
  const chains: string[] = [];
  const total = o.totalSec.toFixed(3);
  const narration = `[${o.narrationInput}:a]aformat=channel_layouts=mono,aresample=48000,${STEREO}`;
  const silent = !o.hasNarration && o.backgrounds.length === 0;
  if (o.backgrounds.length === 0) {
    chains.push(`${narration}${silent ? '' : ',loudnorm=I=-16:TP=-1.5:LRA=11,aresample=48000'},${STEREO},atrim=0:${total}[aout]`);
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
  chains.push(
    `[nar][duck]amix=inputs=2:duration=first:dropout_transition=0,volume=2,loudnorm=I=-16:TP=-1.5:LRA=11,aresample=48000,${STEREO},` +
      `alimiter=limit=0.86:level=disabled,atrim=0:${total}[aout]`,
  );
  return chains.join(';\n');
}
