import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EspeakTtsEngine } from '../../../src/media/tts/index.js';
import { startHarness, type Harness } from '../api-harness.js';

let h: Harness;
const tts = new EspeakTtsEngine();
beforeAll(async () => {
  h = await startHarness({ tts });
});
afterAll(async () => {
  await h.close();
  await tts.close();
});

describe('GET /v3/voices', () => {
  it('lists voices in the API shape, paged', async () => {
    const res = await h.call('GET', '/v3/voices?limit=5');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.data).toHaveLength(5);
    expect(body.has_more).toBe(true);
    const voice = body.data[0];
    expect(Object.keys(voice).sort()).toEqual(['engine', 'gender', 'installed', 'language', 'name', 'preview_audio_url', 'quality', 'support_locale', 'support_pause', 'type', 'voice_id']);
    expect(voice).toMatchObject({ support_pause: true, support_locale: false, type: 'public', engine: 'espeak-ng', quality: 'basic', installed: true });
    expect(voice.preview_audio_url).toBe(`http://ova.test/v3/voices/${encodeURIComponent(voice.voice_id)}/preview`);
    const next = (await h.call('GET', `/v3/voices?limit=5&token=${body.next_token}`)).json();
    expect(next.data[0].voice_id).not.toBe(voice.voice_id);
  });

  it('filters by language (a prefix matches its regions) and gender', async () => {
    const english = (await h.call('GET', '/v3/voices?language=en&gender=female&limit=100')).json().data;
    expect(english.length).toBeGreaterThan(0);
    for (const voice of english) {
      expect(voice.language === 'en' || voice.language.startsWith('en-')).toBe(true);
      expect(voice.gender).toBe('female');
    }
    const british = (await h.call('GET', '/v3/voices?language=en-gb&limit=100')).json().data;
    expect(british.map((voice: { language: string }) => voice.language)).toContain('en-gb');
    expect(british.every((voice: { language: string }) => voice.language === 'en-gb' || voice.language.startsWith('en-gb-'))).toBe(true);
  });

  it('validates filters and tokens', async () => {
    expect((await h.call('GET', '/v3/voices?gender=robot')).json().error).toMatchObject({ code: 'validation_error', param: 'gender' });
    expect((await h.call('GET', '/v3/voices?token=bogus')).json().error).toMatchObject({ code: 'validation_error', param: 'token' });
  });
});

describe('the order of GET /v3/voices', () => {
  it("begins with the default language's voices, the default voice first, then the language's other regions", async () => {
    const all = (await h.call('GET', '/v3/voices?limit=100')).json().data as { voice_id: string; language: string }[];
    expect(all[0]!.voice_id).toBe('espeak-en-us-female');
    expect(all[1]!.language).toBe('en-us');
    const firstOther = all.findIndex((voice) => !voice.language.startsWith('en'));
    expect(all.slice(0, firstOther).every((voice) => voice.language.startsWith('en'))).toBe(true);
    expect(all.slice(firstOther).some((voice) => voice.language.startsWith('en-'))).toBe(false);
    expect(all.slice(0, firstOther).some((voice) => voice.language === 'en-gb')).toBe(true);
  });
});

describe('GET /v3/voices/:voice_id', () => {
  it('answers the documented detail shape with our fields beside it', async () => {
    const res = await h.call('GET', '/v3/voices/espeak-de-male');
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toEqual({
      voice_id: 'espeak-de-male',
      name: expect.any(String),
      gender: 'male',
      language: 'de',
      preview_audio_url: 'http://ova.test/v3/voices/espeak-de-male/preview',
      support_pause: true,
      support_interactive_avatar: false,
      status: 'complete',
      created_at: null,
      failure_message: null,
      type: 'public',
      engine: 'espeak-ng',
      quality: 'basic',
      installed: true,
    });
  });

  it('answers 404 for an unknown voice and 401 without a key', async () => {
    const missing = await h.call('GET', '/v3/voices/no-such-voice');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error).toMatchObject({ code: 'not_found', param: 'voice_id' });
    const anonymous = await h.app.inject({ method: 'GET', url: '/v3/voices/espeak-de-male' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.code).toBe('unauthorized');
  });
});

describe('GET /v3/voices/:id/preview', () => {
  it('renders a WAV once, without an API key, and caches it in blobs', async () => {
    const voiceId = (await h.call('GET', '/v3/voices?language=en-us&limit=1')).json().data[0].voice_id as string;
    const res = await h.app.inject({ method: 'GET', url: `/v3/voices/${encodeURIComponent(voiceId)}/preview` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('audio/wav');
    expect(res.rawPayload.subarray(0, 4).toString()).toBe('RIFF');
    expect(res.rawPayload.length).toBeGreaterThan(10_000);
    const key = `voices/${voiceId.replace(/[^A-Za-z0-9._+-]/g, '_')}.wav`;
    expect((await h.deps.blobs.stat(key))?.size).toBe(res.rawPayload.length);
    const again = await h.app.inject({ method: 'GET', url: `/v3/voices/${encodeURIComponent(voiceId)}/preview` });
    expect(again.rawPayload.equals(res.rawPayload)).toBe(true);
  });

  it('answers an unknown voice with 404', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/v3/voices/no-such-voice/preview' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ code: 'not_found', param: 'voice_id' });
  });
});
