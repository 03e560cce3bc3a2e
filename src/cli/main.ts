import { runCli } from './run-cli.js';

const argv = process.argv.slice(2);
/** Ctrl-C aborts the running command (which stops its session); a second one exits at once. */
const controller = new AbortController();
// `serve` is "npm start", which handles its own signals (a graceful shutdown).
if (argv[0] !== 'serve') {
  process.on('SIGINT', () => {
    if (controller.signal.aborted) process.exit(130);
    controller.abort();
  });
}

const code = await runCli(argv, {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  signal: controller.signal,
});
process.exitCode = code;
// Idle keep-alive sockets of fetch must not hold the command open; an unref'd timer fires only if they do.
setTimeout(() => process.exit(code), 200).unref();
