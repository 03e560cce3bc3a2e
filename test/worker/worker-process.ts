import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A `video-agent worker` (or, with `src/main.ts`, an API server) running as its own process (`node --import tsx <script>`). */
export interface WorkerProcess {
  name: string;
  /** Set by a test that kills it on purpose, so waitForWorkers does not take its exit as a failure. */
  killed: boolean;
  child: ChildProcess;
  /** pino lines this worker wrote. */
  lines: Array<Record<string, unknown>>;
  /** What it wrote to stderr (shown as it comes too): a failed start says why there. */
  stderr: string[];
  exited: Promise<void>;
}

/** Starts a worker process (or another `script`) with `env`, collecting its JSON log lines. */
export function startWorker(name: string, env: NodeJS.ProcessEnv, script = 'src/worker/main.ts'): WorkerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: Array<Record<string, unknown>> = [];
  const stderr: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk);
    stderr.push(chunk.toString('utf8'));
  });
  let buffered = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    for (const part of parts) {
      try {
        lines.push(JSON.parse(part) as Record<string, unknown>);
      } catch {
        /* not a log line */
      }
    }
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { name, child, lines, stderr, exited, killed: false };
}

/** Polls `check` until it gives a value; a worker of `workers` exiting unasked, or the time running out, fails. */
export async function waitForWorkers<T>(
  what: string,
  workers: readonly WorkerProcess[],
  check: () => T | null | undefined | false | Promise<T | null | undefined | false>,
  timeoutMs: number,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    const dead = workers.find((w) => w.child.exitCode !== null && !w.killed);
    if (dead) {
      // Its stderr and last log lines say why (a child's stdout is collected, not shown).
      const last = [...dead.lines.slice(-5).map((line) => JSON.stringify(line)), dead.stderr.join('').slice(-2000)].join('\n');
      throw new Error(`worker ${dead.name} exited with ${dead.child.exitCode} while waiting for ${what}:\n${last}`);
    }
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A loopback port free right now (for a child process's PORT). */
export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
