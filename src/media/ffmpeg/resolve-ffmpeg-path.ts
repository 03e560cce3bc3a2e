import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The ffmpeg binary to run: the configured path (FFMPEG_PATH, read by src/config) when set, else the
 * static build that @ffmpeg-installer/ffmpeg installs with npm.
 */
export function resolveFfmpegPath(configured?: string | null): string {
  if (configured) return configured;
  const installer = require('@ffmpeg-installer/ffmpeg') as { path: string };
  return installer.path;
}
