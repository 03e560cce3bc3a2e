import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runProcess } from '../../../src/process/index.js';

const script = fileURLToPath(new URL('./fixtures/speak-once.ts', import.meta.url));

// The worker is a plain .mjs file so that it loads under tsx as under vitest; these runs also prove that
// node exits once the engine is closed (and even when it is not, since an idle worker is unref'd).
describe('the eSpeak worker under tsx', () => {
  for (const mode of ['close', 'no-close']) {
    it(`speaks and lets node exit (${mode})`, async () => {
      const started = performance.now();
      const result = await runProcess(process.execPath, ['--import', 'tsx', script, mode], { signal: AbortSignal.timeout(30_000) });
      expect(JSON.parse(result.stdout.toString('utf8'))).toEqual(['Speaking', 'from', 'a', 'child', 'process']);
      expect(performance.now() - started).toBeLessThan(30_000);
    });
  }
});
