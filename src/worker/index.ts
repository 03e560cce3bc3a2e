export { runWorker, type WorkerHandle } from './run-worker.js';
export { startWorkerProcess } from './start-worker-process.js';
