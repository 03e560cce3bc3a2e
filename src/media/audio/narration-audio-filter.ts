/**
 * The ffmpeg audio chain for the narration track: an explicit mono layout (the 2018 build guesses badly
 * for WAVs), EBU R128 loudness normalisation to -16 LUFS, then a resample because loudnorm outputs
 * 192 kHz, and stereo 48 kHz for players that dislike mono AAC. Silent tracks skip loudnorm.
 */
export function narrationAudioFilter(options: { silent: boolean }): string {
  const steps = ['aformat=channel_layouts=mono'];
  if (!options.silent) steps.push('loudnorm=I=-16:TP=-1.5:LRA=11');
  steps.push('aresample=48000', 'aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo');
  return steps.join(',');
}
