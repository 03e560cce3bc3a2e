import { describe, expect, it } from 'vitest';
import { createFfmpegProgressReader, parseFfmpegProgress, resolveFfmpegPath } from '../../../src/media/index.js';

// Captured from the 2018 static build while encoding two outputs.
const STATS =
  'frame=   41 fps=0.0 q=29.0 q=29.0 size=       0kB time=00:00:01.30 bitrate=   0.3kbits/s speed=2.58x    \r' +
  'frame=   97 fps= 96 q=29.0 q=29.0 size=     256kB time=00:00:03.16 bitrate= 663.2kbits/s speed=3.13x    \r';

describe('parseFfmpegProgress', () => {
  it('returns the last time= of the text in seconds', () => {
    expect(parseFfmpegProgress(STATS)).toBeCloseTo(3.16, 5);
    expect(parseFfmpegProgress('time=01:02:03.50 bitrate=')).toBeCloseTo(3723.5, 5);
  });

  it('returns null without a time and 0 for the negative start-up time', () => {
    expect(parseFfmpegProgress('Input #0, png_pipe')).toBeNull();
    expect(parseFfmpegProgress('size=N/A time=-577014:32:22.77 bitrate=N/A')).toBe(0);
  });

  it('reports times from chunks that split a stats line anywhere', () => {
    const seen: number[] = [];
    const read = createFfmpegProgressReader((s) => seen.push(s));
    for (let i = 0; i < STATS.length; i += 7) read(STATS.slice(i, i + 7));
    expect(seen).toEqual([1.3, 3.16]);
  });
});

describe('resolveFfmpegPath', () => {
  it('prefers the configured path and falls back to the bundled binary', () => {
    expect(resolveFfmpegPath('/opt/ffmpeg')).toBe('/opt/ffmpeg');
    expect(resolveFfmpegPath(null)).toMatch(/@ffmpeg-installer.*ffmpeg$/);
  });
});
