import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { VideoAgentClient } from '../client/index.js';
import { CliError, usageError } from './cli-error.js';
import { write, type CliIo } from './cli-io.js';

export interface SpeakOptions {
  text: string;
  voice: string | undefined;
  speed: number | undefined;
  wav: boolean;
  out: string | undefined;
  json: boolean;
}

/** `video-agent speak "text" --voice V`: POST /v3/voices/speech, then the audio saved to a file. */
export async function speakCommand(client: VideoAgentClient, options: SpeakOptions, io: CliIo): Promise<number> {
  if (options.text.trim() === '') throw usageError('The text is empty.');
  if (options.voice === undefined) throw usageError('speak needs --voice V (video-agent voices lists them).');
  const format = options.wav ? 'wav' : 'mp3';
  const speech = await client.speak(
    { text: options.text, voice_id: options.voice, format, ...(options.speed === undefined ? {} : { speed: options.speed }) },
    { signal: io.signal },
  );
  const file = resolve(io.cwd, options.out ?? `speech.${format}`);
  const response = await client.download(speech.audio_url, { signal: io.signal });
  if (!response.body) throw new CliError('The audio download was empty.');
  await pipeline(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream), createWriteStream(file), { signal: io.signal });
  if (options.json) {
    write(io.stdout, JSON.stringify({ ...speech, file }));
    return 0;
  }
  write(io.stdout, `Saved ${file} (${speech.duration.toFixed(2)} s, ${speech.word_timestamps.length} words).`);
  for (const word of speech.word_timestamps) write(io.stdout, `${word.start.toFixed(3).padStart(8)} ${word.end.toFixed(3).padStart(8)}  ${word.word}`);
  return 0;
}
