import { spawn } from 'node:child_process';
import { CancelledError } from '../errors/index.js';

export interface RunProcessOptions {
  /** Cancels the process: SIGTERM at once, SIGKILL after `killGraceMs`. */
  signal?: AbortSignal;
  /** Bytes written to stdin, or a function given the stdin stream (for piping frames). */
  stdin?: Buffer | string | ((stdin: NodeJS.WritableStream) => Promise<void>);
  /** Called with each chunk of stderr as text (ffmpeg writes progress there). */
  onStderr?: (chunk: string) => void;
  /** Collect stdout into the result (default true). Turn off for large outputs you do not need. */
  captureStdout?: boolean;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  killGraceMs?: number;
  /** Keep at most this many bytes of stderr in the result (the tail). */
  stderrLimit?: number;
}

export interface RunProcessResult {
  stdout: Buffer;
  stderr: string;
  exitCode: number;
}

export class ProcessError extends Error {
  constructor(
    readonly command: string,
    readonly exitCode: number | null,
    readonly stderr: string,
  ) {
    super(`${command} exited with ${exitCode ?? 'a signal'}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
    this.name = 'ProcessError';
  }
}

/**
 * The one place a subprocess starts: an argument array (never a shell string) and an AbortSignal that
 * kills it. Rejects with ProcessError on a non-zero exit, CancelledError when aborted.
 */
export function runProcess(command: string, args: readonly string[], options: RunProcessOptions = {}): Promise<RunProcessResult> {
  const { signal, stdin, onStderr, captureStdout = true, killGraceMs = 500, stderrLimit = 64 * 1024 } = options;
  if (signal?.aborted) return Promise.reject(new CancelledError());

  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const stdoutChunks: Buffer[] = [];
    let stderr = '';
    let settled = false;
    let killTimer: NodeJS.Timeout | undefined;

    const onAbort = () => {
      child.kill('SIGTERM');
      killTimer = setTimeout(() => child.kill('SIGKILL'), killGraceMs);
      killTimer.unref();
    };
    signal?.addEventListener('abort', onAbort, { once: true });

    const finish = (error: Error | null, exitCode = 0) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      if (killTimer) clearTimeout(killTimer);
      if (error) reject(error);
      else resolve({ stdout: Buffer.concat(stdoutChunks), stderr, exitCode });
    };

    child.stdout.on('data', (chunk: Buffer) => {
      if (captureStdout) stdoutChunks.push(chunk);
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
      if (stderr.length > stderrLimit) stderr = stderr.slice(-stderrLimit);
      onStderr?.(chunk);
    });
    child.on('error', (error) => finish(error));
    child.on('close', (code) => {
      if (signal?.aborted) finish(new CancelledError());
      else if (code === 0) finish(null, 0);
      else finish(new ProcessError(command, code, stderr), code ?? -1);
    });
    // A process that exits before reading all its input raises EPIPE on stdin: the exit code tells the story.
    child.stdin.on('error', () => {});

    if (typeof stdin === 'function') {
      stdin(child.stdin).then(
        () => child.stdin.end(),
        (error: unknown) => {
          child.stdin.destroy();
          if (!signal?.aborted) {
            child.kill('SIGKILL');
            finish(error instanceof Error ? error : new Error(String(error)));
          }
        },
      );
    } else if (stdin !== undefined) {
      child.stdin.end(stdin);
    } else {
      child.stdin.end();
    }
  });
}
