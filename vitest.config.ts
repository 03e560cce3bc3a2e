import { configDefaults, defineConfig } from 'vitest/config';

/**
 * `npm test` runs the `fast` project; `npm run test:slow` the `slow:*` ones; `npm run test:all` everything.
 * Slow means: several processes (servers, workers, a browser), 1080p and split renders, sweeps of every target
 * length with the real eSpeak, the load test, the fault test, and the session suites once more on real eSpeak and
 * ffmpeg. New slow suites go in test/slow/.
 */
const slow = {
  main: [
    'test/slow/**/*.test.ts',
    'test/studio/**/*.browser.test.ts',
    'test/worker/api-and-worker.test.ts',
    'test/worker/worker-kill.test.ts',
    'test/server/restart-durability.test.ts',
    'test/cli/serve-command.test.ts',
    // The CLI as a real process: models pull/list/remove against a loopback hub, speak to a WAV.
    'test/cli/models-command.test.ts',
    'test/cli/speak-command.test.ts',
    'test/render-farm/split-across-workers.test.ts',
    'test/render-farm/split-renderer.test.ts',
    'test/render-farm/render-scene-segments.test.ts',
    // 1080p renders (test/media/render/render-pipeline.test.ts covers the pipeline at 720p in the fast suite).
    'test/media/render/render-video.test.ts',
    'test/media/render/brand-logo-video.test.ts',
    // Every target length for every fixture with the real eSpeak (espeak-duration.test.ts stays in the fast suite).
    'test/agent/duration/espeak-targets.test.ts',
    'test/agent/duration/espeak-languages.test.ts',
    // Sessions rendered to MP4 end to end: with generated neural voices pulled from a loopback hub, and every
    // scene measured against its rendered length (the units under them stay in the fast suite).
    'test/models/natural-voices-server.test.ts',
    'test/agent/duration/rendered-duration.test.ts',
    // Long-running suites moved out of `npm test` to keep it under five minutes on two cores: the whole v3 contract
    // walked through sessions, the job queue's timers on PostgreSQL, and two more full renders (a cloud voice, the
    // cache evicted under a server). Their units stay in the fast suite.
    'test/contract/v3-contract.test.ts',
    'test/jobs/pg-boss-queue.test.ts',
    'test/media/tts/cloud/cloud-voice-render.test.ts',
    'test/server/render-cache-eviction.test.ts',
  ],
  load: ['test/load/**/*.test.ts'],
  faults: ['test/faults/**/*.test.ts'],
};

/**
 * Session suites that start processes of their own (the CLI as a real process against a listening server):
 * slow by the rule above, so they run only in slow:real-media, not also with fake media in the fast suite.
 */
const processSuites = ['test/cli/video-agent-cli.test.ts'];

/** Suites that use fakeMedia() (test/support): rerun with OVA_TEST_MEDIA=real, so the fakes stay honest. */
const sessionSuites = [
  'test/api/sessions/chat-session-flow.test.ts',
  'test/client/video-agent-client.test.ts',
  'test/cli/video-agent-cli.test.ts',
  'test/mcp/mcp-server.test.ts',
  'test/security/key-isolation.test.ts',
];

/** Slow suites keep the default: a fresh module graph per file. */
const isolated = { forks: { isolate: true } };

export default defineConfig({
  test: {
    // Real renders on a shared 2-core machine: generous bounds (speed is measured in `npm run bench`, not here).
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two cores: renders and TTS are CPU-bound, so run at most two files at once.
    // The fast suites' files share their worker's module cache (no re-import per file): importing the source tree
    // again for each of 170 files cost ~215 s of the run's CPU on a 2-core machine, against ~30 s shared (npm test
    // ~260 s → ~170 s). Fast suites therefore leave no module state behind; the slow ones (processes, browsers,
    // real media, load) keep a module graph of their own per file.
    poolOptions: { forks: { maxForks: 2, minForks: 1, isolate: false } },
    projects: [
      { extends: true, test: { name: 'fast', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...Object.values(slow).flat(), ...processSuites], sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'slow:main', poolOptions: isolated, include: slow.main, sequence: { groupOrder: 1 } } },
      { extends: true, test: { name: 'slow:real-media', poolOptions: isolated, include: sessionSuites, env: { OVA_TEST_MEDIA: 'real' }, sequence: { groupOrder: 2 } } },
      // The load test keeps both cores busy for minutes: it runs alone, after every other file has finished.
      { extends: true, test: { name: 'slow:load', poolOptions: isolated, include: slow.load, sequence: { groupOrder: 3 } } },
      // Restarts the machine's PostgreSQL (with OVA_FAULT_TESTS=1; it skips, saying why, without): alone, last.
      { extends: true, test: { name: 'slow:faults', poolOptions: isolated, include: slow.faults, sequence: { groupOrder: 4 } } },
    ],
  },
});
