import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two cores: renders and TTS are CPU-bound, so run at most two files at once.
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
  },
});
