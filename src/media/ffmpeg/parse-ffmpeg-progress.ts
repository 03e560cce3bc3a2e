const TIME_PATTERN = /time=\s*(-?)(\d+):(\d{2}):(\d{2}(?:\.\d+)?)/g;

/**
 * The last `time=HH:MM:SS.xx` in a piece of ffmpeg stderr, in seconds (how much output has been
 * written), or null when the text holds none. Negative times (seen at start-up) count as 0.
 */
export function parseFfmpegProgress(stderr: string): number | null {
  let last: number | null = null;
  for (const match of stderr.matchAll(TIME_PATTERN)) {
    const seconds = Number(match[2]) * 3600 + Number(match[3]) * 60 + Number(match[4]);
    last = match[1] === '-' ? 0 : seconds;
  }
  return last;
}

/** Feeds stderr chunks (which may split a line anywhere) and reports the output time as it grows. */
export function createFfmpegProgressReader(onTime: (seconds: number) => void): (chunk: string) => void {
  let tail = '';
  return (chunk) => {
    const text = tail + chunk;
    // Stats lines end with \r; keep the unfinished end for the next chunk.
    const cut = Math.max(text.lastIndexOf('\r'), text.lastIndexOf('\n'));
    if (cut < 0) {
      tail = text.slice(-400);
      return;
    }
    tail = text.slice(cut + 1);
    const seconds = parseFfmpegProgress(text.slice(0, cut));
    if (seconds !== null) onTime(seconds);
  };
}
