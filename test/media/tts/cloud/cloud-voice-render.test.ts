import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTtsEngine, EspeakTtsEngine, probeMedia, renderVideo, resolveFfmpegPath, type RenderVideoOptions, type Synthesis, type TtsEngine } from '../../../../src/media/index.js';
import type { Storyboard } from '../../../../src/storyboard/index.js';
import { fakeOpenAi, type FakeServer } from './fake-tts-servers.js';

const ffmpegPath = resolveFfmpegPath();
let speaker: EspeakTtsEngine;
let server: FakeServer;
let tts: TtsEngine;
let root: string;
const spoken: Synthesis[] = [];

beforeAll(async () => {
  speaker = new EspeakTtsEngine();
  server = await fakeOpenAi({ speaker, speakerVoice: 'espeak-en-gb-male', lead: 0.2, apiKey: 'sk-render', ffmpegPath, spoken });
  // The composition root's factory, as create-session-runtime.ts calls it.
  tts = createTtsEngine(
    { openai: { baseUrl: `${server.url}/v1`, apiKey: 'sk-render', model: 'tts-1', responseFormat: 'wav' }, elevenlabs: null },
    { ffmpegPath },
  );
  root = await mkdtemp(join(tmpdir(), 'ova-cloud-render-'));
});
afterAll(async () => {
  await tts.close();
  await speaker.close();
  await server.close();
  await rm(root, { recursive: true, force: true });
});

const noAssets: RenderVideoOptions['resolveAsset'] = async (id) => {
  throw new Error(`no asset ${id}`);
};

describe('a render with a cloud voice', () => {
  it('renders a short storyboard spoken by an openai- voice to a valid MP4 whose captions follow the cloud speech', async () => {
    const voices = await tts.voices();
    expect(voices.some((voice) => voice.voice_id === 'espeak-en-us-female')).toBe(true);
    expect(voices.some((voice) => voice.voice_id === 'openai-onyx')).toBe(true);
    const storyboard: Storyboard = {
      schema: 2, version: 1, title: 'Cloud voice', language: 'en', orientation: 'landscape', duration_target_sec: null,
      voice_id: 'openai-onyx', avatar_id: null, style_id: 'midnight', pace: 1.2, music: null,
      captions: { enabled: true, style: 'default' },
      scenes: [
        { id: 'one', layout: 'title', narration: 'Hello from the cloud.', headline: 'Cloud', presenter: 'none', transition: 'fade', duration_sec: 2 },
        { id: 'two', layout: 'stat', narration: 'Timed word by word.', stat: '2', headline: 'Words', presenter: 'none', transition: 'cut', duration_sec: 2 },
      ],
    };
    const out = await renderVideo(storyboard, { tts, workDir: root, ffmpegPath, resolveAsset: noAssets, resolution: 720 });
    expect(server.requests.map((request) => (JSON.parse(request.body) as { voice: string }).voice)).toEqual(['onyx', 'onyx']);
    const probe = await probeMedia(out.videoPath, { ffmpegPath });
    expect(probe.video).toMatchObject({ codec: expect.stringMatching(/h264/), width: 1280, height: 720 });
    expect(probe.audio).toBeDefined();
    expect(probe.duration).toBeGreaterThan(3);
    expect(probe.duration).toBeLessThan(6);
    // Every spoken word is in the captions, in order.
    const srt = await readFile(out.subtitlePath, 'utf8');
    const captionText = [...srt.matchAll(/-->.*\n([^\n]+)/g)].map((match) => match[1]).join(' ');
    for (const word of ['Hello', 'cloud', 'Timed', 'word']) expect(captionText).toContain(word);
    console.log(`cloud-voice render: ${probe.duration.toFixed(2)} s MP4, ${spoken.length} cloud clips`);
  });
});
