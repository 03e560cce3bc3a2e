export { runProcess, ProcessError, type RunProcessOptions, type RunProcessResult } from './run-process.js';
