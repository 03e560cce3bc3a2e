import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runProcess } from '../../../../src/process/index.js';
import { encodeWav, type Synthesis, type TtsEngine } from '../../../../src/media/tts/index.js';

/** What a fake answers one request with; a queue of these is consumed in order, the last one repeating. */
export type Behaviour =
  | { kind: 'ok' }
  | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
  | { kind: 'hang' };

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface FakeServer {
  url: string;
  requests: RecordedRequest[];
  /** Replace the behaviour queue. */
  script(...behaviours: Behaviour[]): void;
  close(): Promise<void>;
}

/** Raw 16-bit little-endian mono PCM of a synthesis, converted by ffmpeg to `format` (s16le at a rate, wav or mp3). */
export async function transcode(speech: { samples: Int16Array; sampleRate: number }, ffmpegPath: string, args: string[]): Promise<Buffer> {
  const { stdout } = await runProcess(ffmpegPath, ['-hide_banner', '-nostdin', '-loglevel', 'error', '-f', 'wav', '-i', 'pipe:0', ...args, 'pipe:1'], {
    stdin: encodeWav(speech.samples, speech.sampleRate),
  });
  return stdout;
}

/** The speech with `lead` seconds of silence before it: real services start with a breath of silence. */
export function withLeadingSilence(speech: Synthesis, lead: number): Synthesis {
  const pad = Math.round(lead * speech.sampleRate);
  const samples = new Int16Array(pad + speech.samples.length);
  samples.set(speech.samples, pad);
  const shift = <T extends { start: number; end: number }>(items: T[]) => items.map((item) => ({ ...item, start: item.start + lead, end: item.end + lead }));
  return { ...speech, samples, duration: samples.length / speech.sampleRate, words: shift(speech.words), phonemes: shift(speech.phonemes) };
}

function listen(handler: (request: IncomingMessage, body: string, response: ServerResponse, next: () => Behaviour) => Promise<void>): Promise<FakeServer> {
  const requests: RecordedRequest[] = [];
  let queue: Behaviour[] = [{ kind: 'ok' }];
  const next = (): Behaviour => (queue.length > 1 ? queue.shift()! : queue[0]!);
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
      handler(request, body, response, next).catch((error: unknown) => {
        response.statusCode = 500;
        response.end(String(error));
      });
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        requests,
        script: (...behaviours) => {
          queue = behaviours;
        },
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/** Answers a non-ok behaviour; true when it did (the caller answers 'ok' itself). */
function answerScripted(behaviour: Behaviour, response: ServerResponse): boolean {
  if (behaviour.kind === 'hang') return true;
  if (behaviour.kind === 'status') {
    response.writeHead(behaviour.status, { 'content-type': 'application/json', ...behaviour.headers });
    response.end(JSON.stringify(behaviour.body ?? { error: { message: `scripted ${behaviour.status}` } }));
    return true;
  }
  return false;
}

/**
 * OpenAI's POST /v1/audio/speech: checks the bearer key and the body, then speaks the input with `speaker`
 * (a different eSpeak voice than the reference, at `paceFactor` times the asked speed, with silence before it)
 * in the asked response_format.
 */
export function fakeOpenAi(options: { speaker: TtsEngine; speakerVoice: string; lead: number; apiKey: string; ffmpegPath: string; spoken: Synthesis[]; paceFactor?: number }): Promise<FakeServer> {
  return listen(async (request, body, response, next) => {
    if (request.method !== 'POST' || request.url !== '/v1/audio/speech') {
      response.writeHead(404).end();
      return;
    }
    if (request.headers.authorization !== `Bearer ${options.apiKey}`) {
      response.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'Incorrect API key provided' } }));
      return;
    }
    if (answerScripted(next(), response)) return;
    const input = JSON.parse(body) as { input: string; voice: string; response_format: string; speed: number; model: string };
    const speech = withLeadingSilence(await options.speaker.synthesize(input.input, options.speakerVoice, { pace: input.speed * (options.paceFactor ?? 1) }), options.lead);
    options.spoken.push(speech);
    let audio: Buffer;
    if (input.response_format === 'wav') audio = encodeWav(speech.samples, speech.sampleRate);
    else if (input.response_format === 'pcm') audio = await transcode(speech, options.ffmpegPath, ['-ar', '24000', '-f', 's16le']);
    else audio = await transcode(speech, options.ffmpegPath, ['-ar', '24000', '-b:a', '64k', '-f', 'mp3']);
    response.writeHead(200, { 'content-type': input.response_format === 'mp3' ? 'audio/mpeg' : 'audio/wav' }).end(audio);
  });
}

/**
 * ElevenLabs' GET /v1/voices and POST /v1/text-to-speech/{id}/with-timestamps: the audio is `speaker`'s
 * rendering as base64 PCM at the asked rate, and the alignment times every character of the text from that
 * rendering's word timings (letters spread evenly over their word, the rest in the gaps).
 */
export function fakeElevenLabs(options: { speaker: TtsEngine; speakerVoice: string; lead: number; apiKey: string; ffmpegPath: string; spoken: Synthesis[] }): Promise<FakeServer> {
  return listen(async (request, body, response, next) => {
    if (request.headers['xi-api-key'] !== options.apiKey) {
      response.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ detail: { status: 'invalid_api_key', message: 'Invalid API key' } }));
      return;
    }
    if (answerScripted(next(), response)) return;
    const url = new URL(request.url ?? '/', 'http://fake');
    if (request.method === 'GET' && url.pathname === '/v1/voices') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          voices: [
            { voice_id: '21m00Tcm4TlvDq8ikWAM', name: 'Rachel', labels: { gender: 'female', accent: 'american' }, verified_languages: [{ language: 'en', locale: 'en-US' }] },
            { voice_id: 'JBFqnCBsd6RMkjVDRZzb', name: 'George', labels: { gender: 'male', accent: 'british' } },
          ],
        }),
      );
      return;
    }
    const match = /^\/v1\/text-to-speech\/([^/]+)\/with-timestamps$/.exec(url.pathname);
    if (request.method !== 'POST' || !match) {
      response.writeHead(404).end();
      return;
    }
    const rate = Number(/^pcm_(\d+)$/.exec(url.searchParams.get('output_format') ?? '')?.[1] ?? '44100');
    const input = JSON.parse(body) as { text: string; model_id: string };
    const speech = withLeadingSilence(await options.speaker.synthesize(input.text, options.speakerVoice), options.lead);
    options.spoken.push(speech);
    const pcm = await transcode(speech, options.ffmpegPath, ['-ar', String(rate), '-f', 's16le']);
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ audio_base64: pcm.toString('base64'), alignment: characterAlignment(input.text, speech), normalized_alignment: null }));
  });
}

function characterAlignment(text: string, speech: Synthesis) {
  const starts: number[] = [];
  const ends: number[] = [];
  const characters = [...text].map((character) => character);
  let offset = 0;
  let previousEnd = 0;
  for (const character of characters) {
    const word = speech.words.find((candidate) => offset >= candidate.charStart && offset < candidate.charEnd);
    if (word) {
      const step = (word.end - word.start) / (word.charEnd - word.charStart);
      const start = word.start + (offset - word.charStart) * step;
      starts.push(start);
      ends.push(start + step);
      previousEnd = start + step;
    } else {
      // Spaces and punctuation: zero-length at the end of what came before, like the real service's.
      starts.push(previousEnd);
      ends.push(previousEnd);
    }
    offset += character.length;
  }
  return { characters, character_start_times_seconds: starts, character_end_times_seconds: ends };
}
