import { parseArgs, type ParseArgsConfig } from 'node:util';
import { VideoAgentClient, VideoAgentError } from '../client/index.js';
import { CliError, exitCodes, usageError } from './cli-error.js';
import { write, type CliIo } from './cli-io.js';
import { createCommand } from './create-command.js';
import { modelsCommand } from './models-command.js';
import { doctorCommand } from './doctor-command.js';
import { avatarsCommand, getCommand, sessionsCommand, stylesCommand, voicesCommand } from './list-commands.js';
import { resolveConnection } from './resolve-connection.js';
import { speakCommand } from './speak-command.js';

export const usage = `video-agent: make narrated videos from a prompt with Open Video Agent.

Usage: video-agent <command> [options]

Commands:
  serve                      Start the server (API, studio, /mcp) like "npm start"
  create "prompt"            Chat about a storyboard in the terminal, then render and save the MP4
      --file F               Attach a document, image or clip (a path or an https URL); repeatable
      --portrait             9:16 instead of 16:9
      --duration S           Target length in seconds (at least 5)
      --voice V  --avatar A  --style S
      --out video.mp4        Where to save the video (default: <video id>.mp4)
      --yes                  One-shot: no review, render straight away
  voices [--language L] [--gender female|male]
  speak "text" --voice V     Speak a text, save the audio and print word timings
      --speed S  --wav  --out F   0.5–1.5 (default 1); WAV instead of MP3; file (default speech.mp3)
  avatars | styles [--tag T] | sessions      List them (--limit N, --token T for the next page)
  get ID                     A session (storyboard, status, links) or a video (vid_…)
  models [list] [--all]      Natural (neural) voices: installed and available, size, licence, languages
  models pull [MODEL…]       Download and verify a model into MODELS_DIR (default: kokoro-82m); resumable
  models remove MODEL…  |  models verify
  mcp                        Serve the MCP tools on stdio (for Claude Desktop, Cursor, …)
  doctor                     Which planner writes storyboards here (model, Ollama, local model or rules), and hints
  worker                     Run render and agent jobs without serving HTTP (needs DATABASE_URL; see docs/scale-out.md)

Options for every command:
  --base-url URL             Default $VIDEO_AGENT_BASE_URL or http://127.0.0.1:3000
  --api-key KEY              Default $VIDEO_AGENT_API_KEY, or on the server's machine ./data/api-key
  --json                     Machine-readable output on stdout
  -h, --help

Exit codes: 0 done, 1 failed (API error or failed session), 2 bad usage, 130 interrupted.`;

const globalOptions = {
  'base-url': { type: 'string' },
  'api-key': { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies ParseArgsConfig['options'];

const listOptions = { limit: { type: 'string' }, token: { type: 'string' } } as const satisfies ParseArgsConfig['options'];

const commandOptions = {
  serve: {},
  doctor: {},
  worker: {},
  mcp: {},
  create: {
    file: { type: 'string', multiple: true, default: [] },
    portrait: { type: 'boolean', default: false },
    duration: { type: 'string' },
    voice: { type: 'string' },
    avatar: { type: 'string' },
    style: { type: 'string' },
    out: { type: 'string' },
    yes: { type: 'boolean', short: 'y', default: false },
  },
  voices: { ...listOptions, language: { type: 'string' }, gender: { type: 'string' } },
  speak: { voice: { type: 'string' }, speed: { type: 'string' }, wav: { type: 'boolean', default: false }, out: { type: 'string' } },
  avatars: listOptions,
  styles: { ...listOptions, tag: { type: 'string' } },
  sessions: listOptions,
  get: {},
  models: { all: { type: 'boolean', default: false } },
} as const satisfies Record<string, ParseArgsConfig['options']>;

type Command = keyof typeof commandOptions;

function isCommand(name: string): name is Command {
  return Object.hasOwn(commandOptions, name);
}

function positiveNumber(flag: string, value: string | undefined, integer: boolean): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number <= 0 || (integer && !Number.isInteger(number))) {
    throw usageError(`--${flag} must be a positive ${integer ? 'whole ' : ''}number, got "${value}".`);
  }
  return number;
}

/** API field names in error messages, as the flags the user typed. */
const flagForParam: Record<string, string> = {
  duration_sec: '--duration',
  voice_id: '--voice',
  avatar_id: '--avatar',
  style_id: '--style',
  prompt: 'the prompt',
  orientation: '--portrait',
  limit: '--limit',
  token: '--token',
  language: '--language',
  gender: '--gender',
  speed: '--speed',
  text: 'the text',
};

function describeApiError(error: VideoAgentError): string {
  if (error.code === 'network_error') {
    return `${error.message}. Is the server running? Start one with "video-agent serve", or point --base-url at it.`;
  }
  const param = error.param === undefined ? '' : ` (${flagForParam[error.param] ?? error.param})`;
  const request = error.requestId ? ` [request ${error.requestId}]` : '';
  return `${error.code}${param}: ${error.message}${request}`;
}

/** Runs one command; resolves with the exit code. Errors are printed here, never thrown. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (io.signal.aborted) {
      write(io.stderr, 'Interrupted.');
      return exitCodes.interrupted;
    }
    if (error instanceof CliError) {
      write(io.stderr, `video-agent: ${error.message}`);
      return error.exitCode;
    }
    if (error instanceof VideoAgentError) {
      write(io.stderr, `video-agent: ${describeApiError(error)}`);
      return exitCodes.failed;
    }
    write(io.stderr, `video-agent: ${error instanceof Error ? error.message : String(error)}`);
    return exitCodes.failed;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    write(name === undefined ? io.stderr : io.stdout, usage);
    return name === undefined ? exitCodes.usage : exitCodes.ok;
  }
  if (!isCommand(name)) throw usageError(`Unknown command "${name}".`);
  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options: { ...globalOptions, ...commandOptions[name] }, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError(error instanceof Error ? error.message : String(error));
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  const positionals = parsed.positionals;
  const json = values.json === true;
  if (values.help === true) {
    write(io.stdout, usage);
    return exitCodes.ok;
  }
  const expectPositionals = (count: number, what: string) => {
    if (positionals.length !== count) throw usageError(count === 0 ? `"${name}" takes no arguments, got "${positionals.join(' ')}".` : `"${name}" needs ${what}.`);
  };

  switch (name) {
    case 'worker':
      expectPositionals(0, '');
      // The worker reads the environment (DATABASE_URL is required), runs jobs, and handles signals itself.
      (await import('../worker/index.js')).startWorkerProcess();
      return new Promise<number>(() => undefined);
    case 'doctor':
      expectPositionals(0, '');
      return doctorCommand(io, json);
    case 'serve':
      expectPositionals(0, '');
      // src/main.ts is "npm start": it reads the environment, listens, and handles SIGINT/SIGTERM itself.
      await import('../main.js');
      return new Promise<number>(() => undefined);
    case 'models':
      // Local, like serve: models live on this machine, in MODELS_DIR.
      return modelsCommand(positionals, { all: values.all === true, json }, io);
    default:
      break;
  }

  const arity: Partial<Record<Command, [number, string]>> = {
    create: [1, 'a prompt in quotes: video-agent create "A 30-second explainer about …"'],
    get: [1, 'an id: video-agent get ses_… (or vid_…)'],
    speak: [1, 'a text in quotes: video-agent speak "Hello there" --voice espeak-en-us-female'],
  };
  const [wanted, what] = arity[name] ?? [0, ''];
  expectPositionals(wanted, what);
  // Flags are checked before the connection, so a typo is reported as one whatever the environment.
  const limit = positiveNumber('limit', values.limit as string | undefined, true);
  const duration = positiveNumber('duration', values.duration as string | undefined, false);
  const speed = positiveNumber('speed', values.speed as string | undefined, false);
  const list = { json, limit, token: values.token as string | undefined };
  const connection = await resolveConnection(values as { 'base-url'?: string; 'api-key'?: string }, io.env, io.cwd);
  const client = new VideoAgentClient(connection);

  switch (name) {
    case 'mcp': {
      // Loaded only here: the MCP SDK and zod add to every other command's start-up otherwise.
      const { serveMcpStdio } = await import('../mcp/index.js');
      await serveMcpStdio(client);
      return exitCodes.ok;
    }
    case 'create': {
      const prompt = positionals[0]!;
      if (prompt.trim() === '') throw usageError('The prompt is empty.');
      return createCommand(
        client,
        {
          prompt,
          files: (values.file as string[] | undefined) ?? [],
          portrait: values.portrait === true,
          duration,
          voice: values.voice as string | undefined,
          avatar: values.avatar as string | undefined,
          style: values.style as string | undefined,
          out: values.out as string | undefined,
          yes: values.yes === true,
          json,
        },
        io,
      );
    }
    case 'voices':
      return voicesCommand(client, { ...list, language: values.language as string | undefined, gender: values.gender as string | undefined }, io);
    case 'avatars':
      return avatarsCommand(client, list, io);
    case 'styles':
      return stylesCommand(client, { ...list, tag: values.tag as string | undefined }, io);
    case 'sessions':
      return sessionsCommand(client, list, io);
    case 'get':
      return getCommand(client, positionals[0]!, { json }, io);
    case 'speak':
      return speakCommand(client, { text: positionals[0]!, voice: values.voice as string | undefined, speed, wav: values.wav === true, out: values.out as string | undefined, json }, io);
  }
}
