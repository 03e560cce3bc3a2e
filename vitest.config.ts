import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Real renders on a shared 2-core machine: generous bounds (speed is measured in `npm run bench`, not here).
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two cores: renders and TTS are CPU-bound, so run at most two files at once.
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    projects: [
      { extends: true, test: { name: 'main', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, 'test/load/**'], sequence: { groupOrder: 0 } } },
      // The load test keeps both cores busy for minutes: it runs alone, after every other file has finished.
      { extends: true, test: { name: 'load', include: ['test/load/**/*.test.ts'], sequence: { groupOrder: 1 } } },
    ],
  },
});
