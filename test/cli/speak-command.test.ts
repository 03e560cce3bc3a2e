import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeMedia, resolveFfmpegPath } from '../../src/media/index.js';
import { startListeningTestServer, type ListeningTestServer } from '../client/listening-test-server.js';
import { runCliProcess } from './run-cli-process.js';

describe('video-agent speak', () => {
  let server: ListeningTestServer;
  let env: Record<string, string>;
  let dir: string;
  beforeAll(async () => {
    server = await startListeningTestServer();
    env = { VIDEO_AGENT_BASE_URL: server.baseUrl, VIDEO_AGENT_API_KEY: server.apiKey };
    dir = await mkdtemp(join(tmpdir(), 'ova-speak-'));
  });
  afterAll(async () => {
    await server?.dispose();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('saves the MP3 and prints the word timings', async () => {
    const out = join(dir, 'hello.mp3');
    const run = await runCliProcess(['speak', 'Hello there, world.', '--voice', 'espeak-en-us-female', '--out', out], { env });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Saved .*hello\.mp3 \(\d+\.\d\d s, 3 words\)\.\n/);
    expect(run.stdout).toMatch(/\n\s+0\.000\s+\d\.\d{3}\s+Hello\n/);
    const media = await probeMedia(out, { ffmpegPath: resolveFfmpegPath() });
    expect(media.audio).toBeTruthy();
    expect(media.duration).toBeGreaterThan(0.5);
  });

  it('--wav --json prints the API answer with the file', async () => {
    const run = await runCliProcess(['speak', 'Slowly now.', '--voice', 'espeak-en-us-male', '--wav', '--speed', '0.7', '--json'], { env, cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ format: 'wav', file: join(dir, 'speech.wav'), voice_id: 'espeak-en-us-male' });
  });

  it('bad usage exits 2; a speed out of range is the API error naming the flag, exit 1', async () => {
    const noVoice = await runCliProcess(['speak', 'Hi'], { env });
    expect(noVoice.code).toBe(2);
    expect(noVoice.stderr).toContain('--voice');
    const noText = await runCliProcess(['speak', '--voice', 'espeak-en-us-male'], { env });
    expect(noText.code).toBe(2);
    const tooFast = await runCliProcess(['speak', 'Hi', '--voice', 'espeak-en-us-male', '--speed', '4'], { env });
    expect(tooFast.code).toBe(1);
    expect(tooFast.stderr).toMatch(/validation_error \(--speed\)/);
  });
});
