import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTtsEngine, EspeakTtsEngine, pickVoice, resolveFfmpegPath, type Synthesis, type TtsEngine } from '../../../../src/media/index.js';
import { startHarness, type Harness } from '../../../api/api-harness.js';
import { fakeElevenLabs, fakeOpenAi, type FakeServer } from './fake-tts-servers.js';

const ffmpegPath = resolveFfmpegPath();
let speaker: EspeakTtsEngine;
let openAi: FakeServer;
let eleven: FakeServer;
let tts: TtsEngine;
let h: Harness;
const spoken: Synthesis[] = [];

beforeAll(async () => {
  speaker = new EspeakTtsEngine();
  openAi = await fakeOpenAi({ speaker, speakerVoice: 'espeak-en-us-male', lead: 0.1, apiKey: 'sk', ffmpegPath, spoken });
  eleven = await fakeElevenLabs({ speaker, speakerVoice: 'espeak-en-us-male', lead: 0.1, apiKey: 'xi', ffmpegPath, spoken });
  tts = createTtsEngine(
    {
      openai: { baseUrl: `${openAi.url}/v1`, apiKey: 'sk', model: 'tts-1', responseFormat: 'pcm' },
      elevenlabs: { baseUrl: eleven.url, apiKey: 'xi', modelId: 'eleven_multilingual_v2', outputFormat: 'pcm_22050' },
    },
    { ffmpegPath },
  );
  h = await startHarness({ tts });
});
afterAll(async () => {
  await h.close();
  await tts.close();
  await speaker.close();
  await openAi.close();
  await eleven.close();
});

describe('GET /v3/voices with cloud voices configured', () => {
  it('lists eSpeak, OpenAI and ElevenLabs voices, filterable by gender, while eSpeak stays the default pick', async () => {
    const all = (await h.call('GET', '/v3/voices?limit=100&language=en')).json().data as { voice_id: string; gender: string }[];
    const ids = all.map((voice) => voice.voice_id);
    expect(ids).toEqual(expect.arrayContaining(['espeak-en-us-female', 'openai-nova', 'elevenlabs-21m00Tcm4TlvDq8ikWAM', 'elevenlabs-JBFqnCBsd6RMkjVDRZzb']));
    const male = (await h.call('GET', '/v3/voices?limit=100&language=en&gender=male')).json().data as { voice_id: string }[];
    expect(male.map((voice) => voice.voice_id)).toContain('openai-onyx');
    expect(male.map((voice) => voice.voice_id)).not.toContain('openai-nova');
    // The planner's voice choice for English is still the offline voice: cloud voices are opted into by id.
    expect(pickVoice(await tts.voices(), { language: 'en' }).voice_id).toBe('espeak-en-us-female');
  });

  it('serves a WAV preview spoken by a cloud voice', async () => {
    const res = await h.call('GET', '/v3/voices/elevenlabs-21m00Tcm4TlvDq8ikWAM/preview');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.rawPayload.toString('ascii', 0, 4)).toBe('RIFF');
    expect(eleven.requests.some((request) => request.url.startsWith('/v1/text-to-speech/21m00Tcm4TlvDq8ikWAM/with-timestamps?output_format=pcm_22050'))).toBe(true);
  });
});
