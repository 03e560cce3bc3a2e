import { createWriteStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createInterface } from 'node:readline';
import type { FileInput, Session, SessionEvent, SessionStatus, Video, VideoAgentClient } from '../client/index.js';
import { CliError, exitCodes, usageError } from './cli-error.js';
import { write, type CliIo } from './cli-io.js';
import { describeStoryboard } from './describe-storyboard.js';
import { ProgressBar } from './progress-bar.js';

export interface CreateOptions {
  prompt: string;
  files: string[];
  portrait: boolean;
  duration?: number | undefined;
  voice?: string | undefined;
  avatar?: string | undefined;
  style?: string | undefined;
  out?: string | undefined;
  yes: boolean;
  json: boolean;
}

/** Multipart uploads take up to 32 MB by default; larger files go through a direct upload. */
const MULTIPART_MAX_BYTES = 32 * 1024 * 1024;
const settled: SessionStatus[] = ['reviewing', 'waiting_for_input', 'completed', 'failed'];
/** Typed at the feedback prompt, these approve the storyboard (anything else is feedback for the agent). */
const approval = /^\s*(y|yes|ok|okay|approve|approved|lgtm|render|go|go ahead|looks good|looks great|perfect|ship it)\b[\s\S]{0,40}$/i;
const quit = /^\s*(q|quit|exit|stop|cancel)\s*$/i;

/** `--file` values as file objects: URLs pass through; local files are uploaded as assets first. */
async function toFileInputs(client: VideoAgentClient, paths: string[], io: CliIo, say: (text: string) => void): Promise<FileInput[]> {
  const inputs: FileInput[] = [];
  for (const path of paths) {
    if (/^https?:\/\//i.test(path)) {
      inputs.push({ type: 'url', url: path });
      continue;
    }
    const full = resolve(io.cwd, path);
    const info = await stat(full).catch(() => null);
    if (!info?.isFile()) throw usageError(`--file ${path}: no such file.`);
    const blob = new Blob([await readFile(full)]);
    say(`Uploading ${basename(full)} (${(info.size / 1024).toFixed(0)} KB)…`);
    const asset = info.size <= MULTIPART_MAX_BYTES ? await client.uploadAsset(blob, basename(full), { signal: io.signal }) : await client.uploadAssetDirect(blob, basename(full), { signal: io.signal });
    inputs.push({ type: 'asset_id', asset_id: asset.asset_id });
  }
  return inputs;
}

/**
 * `video-agent create`: prompt → storyboard review in the terminal (feedback lines until approval) →
 * render with a progress bar → the MP4 saved. `--yes` skips the review; `--json` prints one JSON result.
 */
export async function createCommand(client: VideoAgentClient, options: CreateOptions, io: CliIo): Promise<number> {
  // With --json, stdout carries only the result; everything for people goes to stderr.
  const human = options.json ? io.stderr : io.stdout;
  const say = (text: string) => write(human, text);
  const files = await toFileInputs(client, options.files, io, say);
  const created = await client.createSession(
    {
      prompt: options.prompt,
      mode: options.yes ? 'generate' : 'chat',
      ...(options.yes ? { auto_proceed: true } : {}),
      ...(options.portrait ? { orientation: 'portrait' as const } : {}),
      ...(options.duration === undefined ? {} : { duration_sec: options.duration }),
      ...(options.voice === undefined ? {} : { voice_id: options.voice }),
      ...(options.avatar === undefined ? {} : { avatar_id: options.avatar }),
      ...(options.style === undefined ? {} : { style_id: options.style }),
      ...(files.length ? { files } : {}),
    },
    { signal: io.signal },
  );
  const sessionId = created.session_id;
  say(`Session ${sessionId}: the agent is writing the storyboard…`);

  let stopping: Promise<unknown> | undefined;
  const stopOnInterrupt = () => {
    // Best effort: leave no render running on the server for a user who pressed Ctrl-C.
    stopping = client.stopSession(sessionId).catch(() => undefined);
  };
  io.signal.addEventListener('abort', stopOnInterrupt, { once: true });
  const lines = options.yes ? null : createInterface({ input: io.stdin, terminal: false })[Symbol.asyncIterator]();
  try {
    let session = await follow(client, sessionId, options.yes ? ['completed', 'failed'] : settled, human, io.signal);
    while (session.status === 'reviewing' || session.status === 'waiting_for_input') {
      const latest = session.messages.find((message) => message.role === 'model');
      const board = await client.getStoryboard(sessionId, undefined, { signal: io.signal });
      const showBoard = board !== null && session.status === 'reviewing';
      // The agent's review message is its own note (what it changed), then the storyboard the table shows.
      const note = showBoard ? latest?.content.split('\n\n')[0] : latest?.content;
      if (note && !note.startsWith('Storyboard v')) say(`\nAgent: ${note}`);
      if (showBoard) say(`\n${describeStoryboard(board, human.columns ?? 100)}\n`);
      human.write('Feedback (or "looks good" to render, "quit" to stop) > ');
      const next = await untilAborted(lines!.next(), io.signal);
      if (next.done) throw new CliError(`stdin closed before the storyboard was approved; session ${sessionId} is kept (status ${session.status}).`);
      const line = next.value.trim();
      if (line === '') continue;
      if (quit.test(line)) {
        await client.stopSession(sessionId);
        say(`Stopped. The session ${sessionId} is kept; "video-agent get ${sessionId}" shows it.`);
        return exitCodes.failed;
      }
      const approve = approval.test(line);
      await client.sendMessage(sessionId, { message: line, ...(approve ? { auto_proceed: true } : {}) }, { signal: io.signal });
      say(approve ? 'Approved: rendering…' : 'Revising…');
      session = await follow(client, sessionId, settled, human, io.signal);
    }
    if (session.status === 'failed') {
      const reason = session.messages.find((message) => message.type === 'error' || message.role === 'model')?.content ?? 'no reason given';
      if (options.json) write(io.stdout, JSON.stringify({ session_id: sessionId, status: 'failed', error: reason }));
      throw new CliError(`The session failed: ${reason}`);
    }
    const video = await client.getVideo(session.video_id!, { signal: io.signal });
    const file = resolve(io.cwd, options.out ?? `${video.id}.mp4`);
    await save(client, video, file, io.signal);
    if (options.json) write(io.stdout, JSON.stringify({ session_id: sessionId, status: session.status, video_id: video.id, file, video }));
    else {
      say(`Saved ${file} (${video.duration?.toFixed(1) ?? '?'} s).`);
      if (video.captioned_video_url) say(`With captions: ${video.captioned_video_url}`);
      if (video.subtitle_url) say(`Subtitles:     ${video.subtitle_url}`);
    }
    return exitCodes.ok;
  } finally {
    io.signal.removeEventListener('abort', stopOnInterrupt);
    await stopping;
    if (io.signal.aborted) say(`\nStopped session ${sessionId}; "video-agent get ${sessionId}" shows it.`);
    // return() on a readline iterator closes the interface (and with it a piped stdin).
    await lines?.return?.();
  }
}

/** `promise`, or a rejection as soon as `signal` aborts (a pending readline read does not watch the signal). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** Waits for `statuses`, drawing the progress bar while the agent thinks and the video renders. */
async function follow(client: VideoAgentClient, sessionId: string, statuses: SessionStatus[], human: CliIo['stderr'], signal: AbortSignal): Promise<Session> {
  const bar = new ProgressBar(human);
  let status = '';
  let stage = '';
  const onEvent = (event: SessionEvent) => {
    if (event.type === 'status') status = event.status;
    if (event.type === 'progress') stage = event.stage;
    if (event.type === 'message') return;
    const label = status === 'generating' ? `rendering${stage && stage !== 'thinking' ? ` (${stage})` : ''}` : status;
    if (status === 'thinking' || status === 'generating') bar.update(event.progress, label);
  };
  try {
    return await client.waitFor(sessionId, statuses, { signal, onEvent });
  } finally {
    bar.done();
  }
}

async function save(client: VideoAgentClient, video: Video, file: string, signal: AbortSignal): Promise<void> {
  if (!video.video_url) throw new CliError(`Video ${video.id} has no file (status ${video.status}).`);
  const response = await client.download(video.video_url, { signal });
  if (!response.body) throw new CliError(`The download of ${video.id} was empty.`);
  await pipeline(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream), createWriteStream(file), { signal });
}
