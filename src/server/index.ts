export { createServer, type Server } from './create-server.js';
export { createSessionRuntime, type SessionRuntime } from './create-session-runtime.js';
export type { ServerAdapters } from './server-adapters.js';
