import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('../../src/client/index.ts', import.meta.url));

describe('the SDK in a browser', () => {
  it('bundles for the browser with esbuild: no Node built-ins, none of the server', async () => {
    const result = await build({ entryPoints: [entry], bundle: true, platform: 'browser', format: 'esm', write: false, metafile: true, logLevel: 'silent' });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.every((input) => input.startsWith('src/client/'))).toBe(true);
    const code = result.outputFiles[0]!.text;
    expect(code).toMatch(/VideoAgentClient = class|class VideoAgentClient/);
    expect(code).not.toMatch(/from\s*["']node:/);
    // Small enough to ship to the studio as is.
    expect(result.outputFiles[0]!.contents.byteLength).toBeLessThan(40_000);
  });
});
