export { runCli, usage } from './run-cli.js';
export { CliError, exitCodes } from './cli-error.js';
export type { CliIo } from './cli-io.js';
