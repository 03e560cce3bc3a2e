export { runWorker, type WorkerHandle } from './run-worker.js';
