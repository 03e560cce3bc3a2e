import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeMedia, resolveFfmpegPath } from '../../src/media/index.js';
import { startListeningTestServer, type ListeningTestServer } from '../client/listening-test-server.js';
import { fakeMedia } from '../support/test-server.js';
import { runCliProcess } from './run-cli-process.js';

describe('the video-agent CLI as a real process against a listening server', () => {
  let server: ListeningTestServer;
  let env: Record<string, string>;
  let dir: string;
  beforeAll(async () => {
    // Renders take a few seconds, so a Ctrl-C can land while one runs.
    server = await startListeningTestServer({}, fakeMedia({ secondsPerVideoSecond: 0.5 }));
    env = { VIDEO_AGENT_BASE_URL: server.baseUrl, VIDEO_AGENT_API_KEY: server.apiKey };
    dir = await mkdtemp(join(tmpdir(), 'ova-cli-'));
  });
  afterAll(async () => {
    await server?.dispose();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function probe(file: string) {
    return probeMedia(file, { ffmpegPath: resolveFfmpegPath() });
  }

  it('voices --json prints the API page as JSON', async () => {
    const run = await runCliProcess(['voices', '--json', '--language', 'en', '--limit', '5'], { env });
    expect(run.code, run.stderr).toBe(0);
    const page = JSON.parse(run.stdout);
    expect(page.data).toHaveLength(5);
    expect(page.data[0]).toMatchObject({ voice_id: expect.any(String), language: expect.stringMatching(/^en/) });
    expect(page.has_more).toBe(true);
  });

  it('voices and styles print tables', async () => {
    const voices = await runCliProcess(['voices', '--limit', '3', '--gender', 'male'], { env });
    expect(voices.code, voices.stderr).toBe(0);
    expect(voices.stdout).toMatch(/^Voice id\s+Language\s+Gender\s+Name/);
    expect(voices.stdout).toContain('more: add --token');
    const styles = await runCliProcess(['styles', '--base-url', server.baseUrl, '--api-key', server.apiKey], { env: {} });
    expect(styles.code, styles.stderr).toBe(0);
    expect(styles.stdout).toMatch(/^Style id/);
    const avatars = await runCliProcess(['avatars'], { env });
    expect(avatars.code, avatars.stderr).toBe(0);
    expect(avatars.stdout).toMatch(/^Avatar id\s+Type\s+Gender\s+Name/);
  });

  it('create --yes --json --file uploads the file, renders one-shot and saves a real MP4', async () => {
    const out = join(dir, 'x.mp4');
    const notes = join(dir, 'notes.md');
    await writeFile(notes, '# Honey bees\n\nBees dance to tell each other where flowers are.\n');
    const run = await runCliProcess(['create', 'Three facts about honey bees.', '--file', notes, '--yes', '--json', '--duration', '8', '--out', out], { env });
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ status: 'completed', file: out, video_id: expect.stringMatching(/^vid_/), video: { status: 'completed' } });
    const media = await probe(out);
    expect(media.video?.codec).toBe('h264');
    expect(media.audio).toBeTruthy();
    expect(media.duration).toBeGreaterThan(4);
    // The file was uploaded as an asset and attached.
    const resources = (await server.call('GET', `/v3/video-agents/${result.session_id}/resources`)).body.data as { source_type: string }[];
    expect(resources.some((resource) => resource.source_type === 'user_uploaded')).toBe(true);

    // get and sessions see it.
    const got = await runCliProcess(['get', result.session_id], { env });
    expect(got.code, got.stderr).toBe(0);
    expect(got.stdout).toContain('completed');
    expect(got.stdout).toContain('MP4:');
    const sessions = await runCliProcess(['sessions', '--json'], { env });
    expect(JSON.parse(sessions.stdout).data.map((s: { session_id: string }) => s.session_id)).toContain(result.session_id);
  }, 240_000);

  it('create without --yes chats in the terminal: storyboard table, a feedback line, "looks good", progress, MP4', async () => {
    const out = join(dir, 'chat.mp4');
    const run = await runCliProcess(['create', 'A short explainer about the water cycle: evaporation, condensation and rain.', '--duration', '8', '--out', out], {
      env,
      stdinLines: ['Use a male voice', 'looks good'],
      promptText: 'Feedback (or "looks good" to render, "quit" to stop) > ',
    });
    expect(run.code, run.stderr + run.stdout).toBe(0);
    expect(run.stdout).toMatch(/Storyboard v1: .*scenes/);
    expect(run.stdout).toMatch(/#\s+Layout\s+Length\s+Narration/);
    expect(run.stdout).toMatch(/Storyboard v2: .*scenes/);
    expect(run.stdout).toContain('Approved: rendering');
    expect(run.stdout).toMatch(/\d+% rendering/);
    expect(run.stdout).toContain(`Saved ${out}`);
    expect((await probe(out)).video?.codec).toBe('h264');
  }, 240_000);

  it('quitting at the review stops the session and exits 1', async () => {
    const run = await runCliProcess(['create', 'Two facts about owls.', '--duration', '8'], {
      env,
      stdinLines: ['quit'],
      promptText: '> ',
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Stopped. The session');
  });

  it('Ctrl-C while the video renders stops the session on the server and exits 130', async () => {
    const run = await runCliProcess(['create', 'Two facts about foxes: they hunt at night, they live in dens.', '--duration', '8', '--yes'], { env, interruptWhen: '% rendering' });
    expect(run.code, run.stderr).toBe(130);
    expect(run.stderr).toContain('Interrupted.');
    const sessionId = /Session (ses_\w+)/.exec(run.stdout)![1]!;
    expect(run.stdout).toContain(`Stopped session ${sessionId}`);
    // A stopped generate session fails, saying it was stopped (API.md); its render was cancelled.
    const session = await server.waitFor(sessionId, ['failed', 'completed'], 120_000);
    expect(session.status).toBe('failed');
    expect(session.messages[0].content).toMatch(/stop/i);
  }, 240_000);

  it('reads the key from ./data/api-key on the same machine', async () => {
    const cwd = join(dir, 'here');
    await mkdir(join(cwd, 'data'), { recursive: true });
    await writeFile(join(cwd, 'data', 'api-key'), `${server.apiKey}\n`);
    const run = await runCliProcess(['styles', '--json', '--base-url', server.baseUrl], { cwd });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).data.length).toBeGreaterThan(0);
  });

  it('gives clear errors and exit codes for bad usage and API errors', async () => {
    const noPrompt = await runCliProcess(['create'], { env });
    expect(noPrompt.code).toBe(2);
    expect(noPrompt.stderr).toContain('needs a prompt');
    const badFlag = await runCliProcess(['voices', '--colour', 'red'], { env });
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toContain("Unknown option '--colour'");
    const badDuration = await runCliProcess(['create', 'x', '--duration', 'soon'], { env });
    expect(badDuration.code).toBe(2);
    expect(badDuration.stderr).toContain('--duration must be a positive number');
    const tooShort = await runCliProcess(['create', 'hello there', '--duration', '2', '--yes'], { env });
    expect(tooShort.code).toBe(1);
    expect(tooShort.stderr).toMatch(/validation_error \(--duration\): .*\[request /);
    const wrongKey = await runCliProcess(['sessions', '--api-key', 'nope'], { env });
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.stderr).toContain('unauthorized');
    const missing = await runCliProcess(['get', 'ses_nope'], { env });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('not_found');
    const noKey = await runCliProcess(['voices', '--base-url', 'https://video.example.com'], { env: {} });
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toContain('No API key');
    // A worker shares jobs through PostgreSQL; without DATABASE_URL it refuses to start, saying why.
    const worker = await runCliProcess(['worker'], { env: { ...env, DATABASE_URL: '' } });
    expect(worker.code).toBe(1);
    expect(worker.stderr).toContain('DATABASE_URL');
    const unknown = await runCliProcess(['render'], { env });
    expect(unknown.code).toBe(2);
  });
});
