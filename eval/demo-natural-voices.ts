/**
 * Natural voices end to end, on a fresh clone, with GENERATED models (no real weights are reachable from the
 * machines this is built on): a Kokoro-shaped model with an American voice and a German Piper-shaped voice
 * (test/support/generated-voice-catalogue.ts: the real files' inputs and outputs, made-up weights that hum a
 * tone per phoneme) are served from a loopback hub; the real CLI pulls them (`video-agent models pull`, with
 * HF_ENDPOINT and MODELS_CATALOGUE pointing at the hub); the real server (`npm start`'s entry) renders one
 * English and one German session with them. Prints, per session, the voice and engine, the video's length,
 * the caption cues and words, and where the MP4 and three frames are.
 *
 *   npm run demo:voices            (add --keep to keep the data folder)
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runProcess } from '../src/process/index.js';
import { probeMedia, resolveFfmpegPath } from '../src/media/index.js';
import { startFakeModelHub } from '../test/support/fake-model-hub.js';
import { generatedVoiceCatalogue } from '../test/support/generated-voice-catalogue.js';

const KEY = 'demo-key';
const SESSIONS = [
  { prompt: 'Green tea in two sentences: it has less caffeine than coffee, and its leaves are steamed right after picking.', voice: 'kokoro-af_heart' },
  { prompt: 'Erkläre grünen Tee: Er hat weniger Koffein als Kaffee, und seine Blätter werden gleich nach der Ernte gedämpft.', voice: 'piper-de_DE-tiny-medium' },
] as const;

async function main(): Promise<void> {
  const keep = process.argv.includes('--keep');
  const dir = await mkdtemp(join(tmpdir(), 'ova-voices-demo-'));
  const generated = generatedVoiceCatalogue();
  const hub = await startFakeModelHub(generated.files);
  await writeFile(join(dir, 'catalogue.json'), JSON.stringify(generated.catalogue));
  const env = {
    ...process.env, DATA_DIR: join(dir, 'data'), HF_ENDPOINT: hub.url, MODELS_CATALOGUE: join(dir, 'catalogue.json'),
    API_KEYS: KEY, PORT: String(await freePort()), HOST: '127.0.0.1', LOG_LEVEL: 'warn', OLLAMA: '0', NO_COLOR: '1',
  };
  const stop = new AbortController();
  try {
    const pulled = await runProcess(process.execPath, ['bin/video-agent.js', 'models', 'pull', 'kokoro-tiny', 'piper-de_DE-tiny-medium'], { env, signal: stop.signal });
    process.stdout.write(`$ video-agent models pull kokoro-tiny piper-de_DE-tiny-medium\n${pulled.stdout.toString().replace(/\r[^\n]*(?=\r)/g, '')}\n`);
    const listed = await runProcess(process.execPath, ['bin/video-agent.js', 'models', 'list'], { env, signal: stop.signal });
    process.stdout.write(`$ video-agent models list\n${listed.stdout.toString()}\n`);
    const base = await startServer(env, stop.signal);
    for (const session of SESSIONS) await renderSession(base, session, dir);
  } finally {
    stop.abort();
    await hub.close();
    if (keep) process.stdout.write(`kept ${dir}\n`);
    else await rm(dir, { recursive: true, force: true });
  }
}

/** A port nobody listens on now (the server's media links carry it, so it cannot be 0). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Starts `src/main.ts` as `npm start` does and waits until /health answers; returns its base URL. */
async function startServer(env: NodeJS.ProcessEnv, signal: AbortSignal): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env, signal, stdio: ['ignore', 'pipe', 'pipe'] });
  child.on('error', () => undefined);
  let output = '';
  let exited = false;
  child.stdout.on('data', (chunk: Buffer) => void (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => void (output += chunk.toString()));
  child.once('exit', () => void (exited = true));
  const base = `http://127.0.0.1:${env.PORT}`;
  for (let tries = 0; tries < 120 && !exited; tries++) {
    if (await fetch(`${base}/health`).then((r) => r.ok, () => false)) return base;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the server did not start:\n${output}`);
}

async function api(base: string, method: string, path: string, body?: unknown): Promise<any> {
  const response = await fetch(base + path, {
    method, headers: { 'x-api-key': KEY, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined,
  });
  return response.json();
}

async function renderSession(base: string, session: (typeof SESSIONS)[number], dir: string): Promise<void> {
  // A presenter, so the mouth moves with the neural voice's phoneme timings.
  const avatarId = (await api(base, 'GET', '/v3/avatars/looks?limit=1')).data[0]?.id;
  const created = await api(base, 'POST', '/v3/video-agents', { prompt: session.prompt, mode: 'generate', voice_id: session.voice, avatar_id: avatarId });
  const id = created.data?.session_id;
  if (!id) throw new Error(`session refused: ${JSON.stringify(created)}`);
  let state: any;
  for (let waited = 0; waited < 600; waited++) {
    state = (await api(base, 'GET', `/v3/video-agents/${id}`)).data;
    if (state.status === 'completed' || state.status === 'failed') break;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  if (state.status !== 'completed') throw new Error(`session ${id} ended ${state.status}: ${JSON.stringify(state.messages?.at(-1))}`);
  const video = (await api(base, 'GET', `/v3/videos/${state.video_id}`)).data;
  const mp4 = join(dir, `${session.voice}.mp4`);
  await writeFile(mp4, Buffer.from(await (await fetch(video.video_url)).arrayBuffer()));
  const captioned = join(dir, `${session.voice}-captioned.mp4`);
  await writeFile(captioned, Buffer.from(await (await fetch(video.captioned_video_url)).arrayBuffer()));
  const vtt = await (await fetch(video.vtt_url)).text();
  const draftUrl = (await api(base, 'GET', `/v3/video-agents/${id}/resources`)).data.find((r: { resource_type: string }) => r.resource_type === 'draft').url;
  const storyboard = await (await fetch(draftUrl, { headers: { 'x-api-key': KEY } })).json();
  const voices = (await api(base, 'GET', `/v3/voices?limit=100&include_uninstalled=true`)).data as { voice_id: string; engine: string; quality: string }[];
  const voice = voices.find((v) => v.voice_id === storyboard.voice_id);
  const ffmpegPath = resolveFfmpegPath(process.env.FFMPEG_PATH);
  const probe = await probeMedia(captioned, { ffmpegPath });
  const frames = join(dir, `${session.voice}-frames.png`);
  await runProcess(ffmpegPath, ['-hide_banner', '-nostdin', '-y', '-i', captioned, '-vf', `fps=3/${Math.max(1, probe.duration)},scale=480:-2,tile=3x1`, '-frames:v', '1', frames], { signal: AbortSignal.timeout(60_000) });
  const cues = vtt.match(/-->/g)?.length ?? 0;
  process.stdout.write(
    `${session.voice}: “${session.prompt.slice(0, 60)}…” → ${state.status}, narrated by ${storyboard.voice_id} (${voice?.engine}, ${voice?.quality}), presenter ${storyboard.avatar_id}, ` +
      `${probe.duration.toFixed(2)} s, ${probe.video?.width}x${probe.video?.height}, ${cues} caption cues\n  ${captioned}\n  frames: ${frames}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
