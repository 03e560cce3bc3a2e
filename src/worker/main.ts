import { startWorkerProcess } from './start-worker-process.js';

// `node --import tsx src/worker/main.ts`: a worker process on the environment's configuration.
startWorkerProcess();
