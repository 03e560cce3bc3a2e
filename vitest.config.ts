import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Real renders on a shared 2-core machine: generous bounds (speed is measured in `npm run bench`, not here).
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two cores: renders and TTS are CPU-bound, so run at most two files at once.
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
  },
});
