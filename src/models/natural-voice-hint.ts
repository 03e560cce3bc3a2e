/** The command that installs the default natural voice. */
export const NATURAL_VOICE_COMMAND = 'npx video-agent models pull kokoro-82m';

/**
 * The one line `npm start` prints (and the studio shows) while no neural voice is installed; null once one is.
 */
export function naturalVoiceHint(installedTtsModels: number): string | null {
  if (installedTtsModels > 0) return null;
  return `Narration uses eSpeak-NG (robotic). For a natural voice, run: ${NATURAL_VOICE_COMMAND}  (Kokoro-82M, about 120 MB, Apache-2.0)`;
}
