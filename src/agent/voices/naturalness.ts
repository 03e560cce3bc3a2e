import type { Voice } from '../../media/tts/index.js';

/**
 * A small bonus in voice ranking for an installed neural voice: enough to beat eSpeak's default-gender point,
 * so a pulled Kokoro or Piper voice becomes its language's default, never enough to override a gender or accent
 * the user asked for. Cloud voices get none: they cost money per use, so they are chosen only by name.
 */
export function naturalness(voice: Voice): number {
  return voice.quality === 'neural' && voice.installed !== false ? 2 : 0;
}
