import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { exitCodes, CliError, usageError } from './cli-error.js';

export const defaultBaseUrl = 'http://127.0.0.1:3000';

export interface Connection {
  baseUrl: string;
  apiKey: string;
}

function isLoopback(baseUrl: string): boolean {
  const host = new URL(baseUrl).hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]' || host === '::1';
}

/**
 * The server and key: flags first, then VIDEO_AGENT_BASE_URL / VIDEO_AGENT_API_KEY, then the defaults.
 * On the server's own machine the key generated at its first start is read from DATA_DIR (./data)/api-key.
 */
export async function resolveConnection(flags: { 'base-url'?: string | undefined; 'api-key'?: string | undefined }, env: NodeJS.ProcessEnv, cwd: string): Promise<Connection> {
  const baseUrl = (flags['base-url'] ?? env.VIDEO_AGENT_BASE_URL ?? defaultBaseUrl).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]/.test(baseUrl)) throw usageError(`--base-url must be an http:// or https:// URL, got "${baseUrl}".`);
  let apiKey = flags['api-key'] ?? env.VIDEO_AGENT_API_KEY;
  if (!apiKey && isLoopback(baseUrl)) {
    const file = join(resolve(cwd, env.DATA_DIR ?? 'data'), 'api-key');
    apiKey = (await readFile(file, 'utf8').catch(() => '')).trim() || undefined;
  }
  if (!apiKey) {
    throw new CliError(
      'No API key: pass --api-key or set VIDEO_AGENT_API_KEY (on the server\'s machine, ./data/api-key holds the key generated at its first start).',
      exitCodes.usage,
    );
  }
  return { baseUrl, apiKey };
}
