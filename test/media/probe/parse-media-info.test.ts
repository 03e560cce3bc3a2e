import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMediaInfo, probeMedia, resolveFfmpegPath } from '../../../src/media/index.js';
import { PermanentError } from '../../../src/errors/index.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

describe('parseMediaInfo', () => {
  it('reads duration, H.264 video and AAC audio from a real MP4 probe', () => {
    expect(parseMediaInfo(fixture('mp4-h264-aac.txt'))).toEqual({
      duration: 1.02,
      video: { codec: 'h264', width: 320, height: 240, fps: 30, pixFmt: 'yuv420p' },
      audio: { codec: 'aac', sampleRate: 48000, channels: 1 },
    });
  });

  it('keeps a pixel format with colour details in parentheses whole and reads stereo', () => {
    const probe = parseMediaInfo(fixture('mkv-bt709-stereo.txt'));
    expect(probe?.video).toEqual({ codec: 'h264', width: 640, height: 360, fps: 25, pixFmt: 'yuv420p' });
    expect(probe?.audio).toEqual({ codec: 'aac', sampleRate: 44100, channels: 2 });
  });

  it('reads a mono WAV with no video', () => {
    const probe = parseMediaInfo(fixture('wav-mono.txt'));
    expect(probe).toEqual({ duration: 1, audio: { codec: 'pcm_s16le', sampleRate: 22050, channels: 1 } });
  });

  it('reads a still image with no duration, taking the frame rate from tbr', () => {
    const probe = parseMediaInfo(fixture('png-image.txt'));
    expect(probe).toEqual({ duration: 0, video: { codec: 'png', width: 64, height: 48, fps: 25, pixFmt: 'rgb24' } });
  });

  it('reads a variable-frame-rate video as its frame clock (tbr) with the average beside it', () => {
    const line = '    Stream #0:0(und): Video: h264 (High) (avc1 / 0x31637661), yuv420p, 1920x1080 [SAR 1:1 DAR 16:9], 250 kb/s, 19.65 fps, 30 tbr, 15360 tbn, 60 tbc (default)';
    const probe = parseMediaInfo(`Input #0, mov,mp4,m4a,3gp,3g2,mj2, from 'v.mp4':\n  Duration: 00:00:55.76, start: 0.000000, bitrate: 417 kb/s\n${line}\n`);
    expect(probe?.video).toEqual({ codec: 'h264', width: 1920, height: 1080, fps: 30, averageFps: 19.65, pixFmt: 'yuv420p' });
  });

  it('returns null for output that describes no input (a missing file)', () => {
    expect(parseMediaInfo(fixture('missing-file.txt'))).toBeNull();
  });
});

describe('probeMedia', () => {
  it('rejects with a PermanentError for a file ffmpeg cannot read', async () => {
    await expect(probeMedia('/nonexistent/file.mp4', { ffmpegPath: resolveFfmpegPath() })).rejects.toBeInstanceOf(PermanentError);
  });
});
