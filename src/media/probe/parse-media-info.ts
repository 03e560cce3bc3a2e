export interface MediaProbe {
  /** Seconds; 0 when ffmpeg reports none (a still image). */
  duration: number;
  /**
   * `fps` is the frame clock (ffmpeg's tbr: 30 for our renders); `averageFps` is there only when frames are not
   * evenly spaced on it (variable frame rate: a repeated frame is held, not stored again) and is their average.
   */
  video?: { codec: string; width: number; height: number; fps: number; averageFps?: number; pixFmt: string };
  audio?: { codec: string; sampleRate: number; channels: number };
}

/** Splits on commas that are not inside parentheses or brackets ("yuv420p(tv, bt709)" stays whole). */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(' || char === '[') depth += 1;
    if (char === ')' || char === ']') depth = Math.max(0, depth - 1);
    if (char === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else {
      current += char;
    }
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

const CHANNEL_LAYOUTS: Record<string, number> = { mono: 1, stereo: 2, '2.1': 3, quad: 4, '5.0': 5, '5.1': 6, '5.1(side)': 6, '7.1': 8 };

/**
 * Reads what `ffmpeg -i FILE` prints to stderr (ffprobe is not shipped with the npm build): the duration
 * and the first video and audio streams. Returns null when the text describes no input.
 */
export function parseMediaInfo(stderr: string): MediaProbe | null {
  if (!/^Input #0/m.test(stderr)) return null;
  const probe: MediaProbe = { duration: 0 };
  const duration = /Duration:\s*(\d+):(\d{2}):(\d{2}(?:\.\d+)?)/.exec(stderr);
  if (duration) probe.duration = Number(duration[1]) * 3600 + Number(duration[2]) * 60 + Number(duration[3]);

  for (const line of stderr.split(/\r?\n/)) {
    const stream = /^\s*Stream #\d+:\d+[^:]*:\s*(Video|Audio):\s*(.*)$/.exec(line);
    if (!stream) continue;
    const [, kind, rest = ''] = stream;
    const fields = splitTopLevel(rest);
    const codec = (fields[0] ?? '').split(/\s+/)[0] ?? '';
    if (kind === 'Video' && !probe.video) {
      const size = fields.map((f) => /^(\d+)x(\d+)/.exec(f)).find(Boolean);
      const fps = fields.map((f) => /^([\d.]+)(k?) fps$/.exec(f)).find(Boolean);
      const tbr = fields.map((f) => /^([\d.]+)(k?) tbr$/.exec(f)).find(Boolean);
      const rate = (match: RegExpExecArray | null | undefined) => (match ? Number(match[1]) * (match[2] === 'k' ? 1000 : 1) : 0);
      const clock = rate(tbr ?? fps);
      const average = rate(fps ?? tbr);
      const pixFmt = (fields[1] ?? '').replace(/\(.*$/, '').trim();
      probe.video = {
        codec,
        width: size ? Number(size[1]) : 0,
        height: size ? Number(size[2]) : 0,
        fps: clock,
        ...(average > 0 && Math.abs(average - clock) > 0.01 ? { averageFps: average } : {}),
        pixFmt,
      };
    } else if (kind === 'Audio' && !probe.audio) {
      const hz = fields.map((f) => /^(\d+) Hz$/.exec(f)).find(Boolean);
      const layout = fields[2] ?? '';
      const counted = /^(\d+) channels/.exec(layout);
      probe.audio = {
        codec,
        sampleRate: hz ? Number(hz[1]) : 0,
        channels: counted ? Number(counted[1]) : (CHANNEL_LAYOUTS[layout] ?? 0),
      };
    }
  }
  return probe;
}
