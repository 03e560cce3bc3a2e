export { loadConfig, type Config, type LlmConfig } from './config.js';
export { loadOrCreateSecret } from './data-dir-secret.js';
