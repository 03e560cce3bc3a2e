import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
// By path, so the CLI can run in any working directory (a bare "tsx" resolves from the cwd).
const tsxLoader = pathToFileURL(`${root}node_modules/tsx/dist/loader.mjs`).href;

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node --import tsx src/cli/main.ts …` as a real process. `stdinLines` are written one at a time,
 * each when stdout/stderr shows `waitFor` (the prompt), so the CLI reads them as a person would type them.
 */
export function runCliProcess(
  args: string[],
  options: { env?: Record<string, string>; cwd?: string; stdinLines?: string[]; promptText?: string; timeoutMs?: number; interruptWhen?: string } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', tsxLoader, `${root}src/cli/main.ts`, ...args], {
      cwd: options.cwd ?? root,
      env: { ...process.env, VIDEO_AGENT_BASE_URL: '', VIDEO_AGENT_API_KEY: '', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const lines = [...(options.stdinLines ?? [])];
    const prompt = options.promptText ?? '> ';
    let promptsSeen = 0;
    let interrupted = false;
    const feed = () => {
      const seen = (stdout + stderr).split(prompt).length - 1;
      // Ctrl-C once the output shows `interruptWhen`, as a user changing their mind would.
      if (options.interruptWhen !== undefined && !interrupted && (stdout + stderr).includes(options.interruptWhen)) {
        interrupted = true;
        child.kill('SIGINT');
        return;
      }
      while (seen > promptsSeen && lines.length > 0) {
        promptsSeen += 1;
        child.stdin.write(`${lines.shift()}\n`);
      }
      if (lines.length === 0 && options.stdinLines) child.stdin.end();
    };
    if (!options.stdinLines && options.interruptWhen === undefined) child.stdin.end();
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      feed();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      feed();
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`CLI timed out: ${args.join(' ')}\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, options.timeoutMs ?? 220_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
