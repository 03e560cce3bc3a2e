import { CancelledError } from '../../../errors/index.js';
import { runProcess } from '../../../process/index.js';

export interface DecodedAudio {
  samples: Int16Array;
  sampleRate: number;
}

/**
 * Mono 16-bit samples from what a cloud API returned: a 16-bit PCM WAV is read directly (down-mixed if
 * stereo); anything else (MP3, Opus, float WAV) goes through ffmpeg. Raw PCM has no header, so the caller
 * says its rate with `rawPcmRate`.
 */
export async function decodeAudio(
  data: Buffer,
  options: { ffmpegPath: string; rawPcmRate?: number; signal?: AbortSignal },
): Promise<DecodedAudio> {
  if (options.rawPcmRate !== undefined) return { samples: int16FromLe(data.subarray(0, data.length - (data.length % 2))), sampleRate: options.rawPcmRate };
  const wav = readPcmWav(data);
  if (wav) return wav;
  if (options.signal?.aborted) throw new CancelledError();
  const rate = 24_000;
  const { stdout } = await runProcess(
    options.ffmpegPath,
    ['-hide_banner', '-nostdin', '-loglevel', 'error', '-i', 'pipe:0', '-ac', '1', '-ar', String(rate), '-f', 's16le', '-acodec', 'pcm_s16le', 'pipe:1'],
    { stdin: data, signal: options.signal },
  );
  return { samples: int16FromLe(stdout.subarray(0, stdout.length - (stdout.length % 2))), sampleRate: rate };
}

/** A 16-bit PCM WAV's samples (mono mix); null for any other format. Streams write 0xFFFFFFFF sizes: read to the end then. */
export function readPcmWav(data: Buffer): DecodedAudio | null {
  if (data.length < 12 || data.toString('ascii', 0, 4) !== 'RIFF' || data.toString('ascii', 8, 12) !== 'WAVE') return null;
  let offset = 12;
  let format: { channels: number; sampleRate: number; bits: number; code: number } | null = null;
  while (offset + 8 <= data.length) {
    const id = data.toString('ascii', offset, offset + 4);
    const size = data.readUInt32LE(offset + 4);
    const start = offset + 8;
    if (id === 'fmt ') {
      format = { code: data.readUInt16LE(start), channels: data.readUInt16LE(start + 2), sampleRate: data.readUInt32LE(start + 4), bits: data.readUInt16LE(start + 14) };
    } else if (id === 'data') {
      if (!format || format.code !== 1 || format.bits !== 16 || format.channels < 1) return null;
      const end = Math.min(data.length, start + size);
      const interleaved = int16FromLe(data.subarray(start, end - ((end - start) % (2 * format.channels))));
      if (format.channels === 1) return { samples: interleaved, sampleRate: format.sampleRate };
      const frames = Math.floor(interleaved.length / format.channels);
      const mono = new Int16Array(frames);
      for (let frame = 0; frame < frames; frame++) {
        let sum = 0;
        for (let channel = 0; channel < format.channels; channel++) sum += interleaved[frame * format.channels + channel]!;
        mono[frame] = Math.round(sum / format.channels);
      }
      return { samples: mono, sampleRate: format.sampleRate };
    }
    offset = start + size + (size % 2);
  }
  return null;
}

function int16FromLe(bytes: Buffer): Int16Array {
  const samples = new Int16Array(bytes.length / 2);
  for (let index = 0; index < samples.length; index++) samples[index] = bytes.readInt16LE(index * 2);
  return samples;
}
