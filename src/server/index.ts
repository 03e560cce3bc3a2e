export { createServer, type Server } from './create-server.js';
