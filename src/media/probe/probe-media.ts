import { PermanentError } from '../../errors/index.js';
import { ProcessError, runProcess } from '../../process/index.js';
import { parseMediaInfo, type MediaProbe } from './parse-media-info.js';

export interface ProbeMediaOptions {
  ffmpegPath: string;
  signal?: AbortSignal;
}

/** Duration and streams of a media file, from `ffmpeg -i` (which exits 1 for want of an output). */
export async function probeMedia(path: string, options: ProbeMediaOptions): Promise<MediaProbe> {
  let stderr: string;
  try {
    stderr = (await runProcess(options.ffmpegPath, ['-hide_banner', '-nostdin', '-i', path], { signal: options.signal, captureStdout: false })).stderr;
  } catch (error) {
    if (!(error instanceof ProcessError)) throw error;
    stderr = error.stderr;
  }
  const probe = parseMediaInfo(stderr);
  if (!probe) throw new PermanentError(`Cannot read media file ${path}: ${stderr.trim().split('\n').pop() ?? ''}`);
  return probe;
}
