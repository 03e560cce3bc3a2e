import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onnxRuntimeAvailable } from '../../src/media/tts/index.js';
import { startFakeModelHub, type FakeModelHub } from '../support/fake-model-hub.js';
import { generatedVoiceCatalogue } from '../support/generated-voice-catalogue.js';
import { KEY_B, startTestServer, type TestServer } from '../support/test-server.js';

const available = onnxRuntimeAvailable();
if (!available) console.warn('Skipping the natural-voice server test: onnxruntime-node is not installed here.');

/** Reads a model's SSE stream until `installed` or `failed`; returns the event names seen. */
async function followPull(base: string, modelId: string): Promise<string[]> {
  const response = await fetch(`${base}/v3/models/${modelId}/events`, { headers: { 'x-api-key': 'test-key-a' } });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const events: string[] = [];
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    for (const match of buffer.matchAll(/^event: (\w+)$/gm)) events.push(match[1]!);
    buffer = buffer.slice(buffer.lastIndexOf('\n\n') + 2);
    if (events.includes('installed') || events.includes('failed')) break;
  }
  await reader.cancel();
  return events;
}

describe.runIf(available)('natural voices through the server (generated models from a loopback hub)', () => {
  const generated = generatedVoiceCatalogue();
  let hub: FakeModelHub;
  let dir: string;
  let server: TestServer;

  beforeAll(async () => {
    hub = await startFakeModelHub(generated.files);
    dir = await mkdtemp(join(tmpdir(), 'ova-natural-'));
    await writeFile(join(dir, 'catalogue.json'), JSON.stringify(generated.catalogue));
    server = await startTestServer({ modelsDir: join(dir, 'models'), hfEndpoint: hub.url, modelsCatalogueFile: join(dir, 'catalogue.json') });
  });
  afterAll(async () => {
    await server?.dispose();
    await hub.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('points the way, refuses an uninstalled voice with the pull command, pulls with progress events, then narrates English and German with neural voices', async () => {
    const listed = await server.call('GET', '/v3/models');
    expect(listed.body.hint).toMatch(/eSpeak-NG .*npx video-agent models pull kokoro-82m/);
    expect(listed.body.data.find((model: { model_id: string }) => model.model_id === 'kokoro-tiny')).toMatchObject({ installed: false, engine: 'kokoro', voice_ids: ['kokoro-af_heart', 'kokoro-bf_emma'] });

    const refused = await server.call('POST', '/v3/video-agents', { prompt: 'Green tea in one breath', voice_id: 'kokoro-bf_emma' });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: 'validation_error', param: 'voice_id' });
    expect(refused.body.error.message).toMatch(/Voice "kokoro-bf_emma" is not installed: run "video-agent models pull kokoro-tiny"/);
    const offered = (await server.call('GET', '/v3/voices?include_uninstalled=true&language=en-gb&limit=100')).body.data;
    expect(offered.find((voice: { voice_id: string }) => voice.voice_id === 'kokoro-bf_emma')).toMatchObject({ engine: 'kokoro', quality: 'neural', installed: false });

    expect((await server.call('POST', '/v3/models/kokoro-tiny/pull', undefined, { 'x-api-key': KEY_B })).status).toBe(403);
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    const address = server.app.server.address() as { port: number };
    const base = `http://127.0.0.1:${address.port}`;
    const following = followPull(base, 'kokoro-tiny');
    expect((await server.call('POST', '/v3/models/kokoro-tiny/pull')).status).toBe(202);
    expect(await following).toContain('installed');
    expect((await server.call('POST', '/v3/models/piper-de_DE-tiny-medium/pull')).status).toBe(202);
    expect(await followPull(base, 'piper-de_DE-tiny-medium')).toContain('installed');
    expect((await server.call('GET', '/v3/models')).body.hint).toBeNull();

    const voices = (await server.call('GET', '/v3/voices?language=en&limit=100')).body.data;
    expect(voices.find((voice: { voice_id: string }) => voice.voice_id === 'kokoro-af_heart')).toMatchObject({ quality: 'neural', installed: true });

    for (const [prompt, voiceId] of [
      ['Green tea in one breath', 'kokoro-af_heart'],
      ['Erkläre in einem Satz, warum grüner Tee gesund ist', 'piper-de_DE-tiny-medium'],
    ] as const) {
      const created = await server.call('POST', '/v3/video-agents', { prompt, mode: 'generate', duration_sec: 5 });
      expect(created.status).toBe(200);
      const done = await server.waitFor(created.body.data.session_id, ['completed', 'failed'], 300_000);
      expect(done.status, JSON.stringify(done.messages?.[0])).toBe('completed');
      const resources = (await server.call('GET', `/v3/video-agents/${done.session_id ?? created.body.data.session_id}/resources`)).body.data as { resource_type: string; url: string }[];
      const draft = new URL(resources.find((resource) => resource.resource_type === 'draft')!.url);
      const storyboard = (await server.app.inject({ method: 'GET', url: draft.pathname + draft.search })).json();
      expect(storyboard.voice_id).toBe(voiceId);
      const video = (await server.call('GET', `/v3/videos/${done.video_id}`)).body.data;
      const vtt = new URL(video.vtt_url);
      const captions = (await server.app.inject({ method: 'GET', url: vtt.pathname + vtt.search })).body;
      expect(captions).toMatch(/^WEBVTT/);
      expect(captions.match(/-->/g)!.length).toBeGreaterThan(1);
      expect((await readFile(join(server.dataDir, 'blobs', 'videos', done.video_id, 'video.mp4'))).length).toBeGreaterThan(10_000);
    }
  }, 600_000);
});
