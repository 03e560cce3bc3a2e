export { loadConfig, type Config, type LlmConfig } from './config.js';
export type { VisualsConfig } from './visuals-config.js';
export { loadOrCreateSecret } from './data-dir-secret.js';
export type { PlannersConfig } from './planners-config.js';
