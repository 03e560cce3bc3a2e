import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { runWorker } from '../../src/worker/index.js';

describe('runWorker', () => {
  it('refuses to start without DATABASE_URL, saying why', async () => {
    await expect(runWorker(loadConfig({ DATA_DIR: '/nonexistent-ova' }), pino({ level: 'silent' }))).rejects.toThrow(/needs DATABASE_URL/);
  });
});
