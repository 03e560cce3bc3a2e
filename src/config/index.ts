export { loadConfig, type Config } from './config.js';
export { loadOrCreateSecret } from './data-dir-secret.js';
