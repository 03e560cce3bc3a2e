import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runProcess } from '../../process/index.js';

export type AudioFormat = 'mp3' | 'wav';

export interface EncodeAudioOptions {
  ffmpegPath: string;
  signal?: AbortSignal;
}

/**
 * A WAV re-encoded as MP3 (mono, 64 kb/s: plenty for speech). The output goes to a file, not a pipe, so
 * ffmpeg can go back and write the LAME header with the encoder delay; players then skip the padding and
 * the words stay where the WAV had them.
 */
export async function encodeAudio(wav: Buffer, format: AudioFormat, options: EncodeAudioOptions): Promise<Buffer> {
  if (format === 'wav') return wav;
  const dir = await mkdtemp(join(tmpdir(), 'ova-audio-'));
  try {
    const input = join(dir, 'in.wav');
    const output = join(dir, `out.${format}`);
    await writeFile(input, wav);
    const args = ['-hide_banner', '-nostdin', '-loglevel', 'error', '-i', input, '-ac', '1', '-codec:a', 'libmp3lame', '-b:a', '64k', '-y', output];
    await runProcess(options.ffmpegPath, args, { signal: options.signal, captureStdout: false });
    return await readFile(output);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
