import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CancelledError, PermanentError } from '../../../../src/errors/index.js';
import { resolveFfmpegPath } from '../../../../src/media/index.js';
import { CompositeTtsEngine, ElevenLabsTtsEngine, EspeakTtsEngine, OpenAiTtsEngine, type Synthesis, type TtsEngine } from '../../../../src/media/tts/index.js';
import { wordTokens } from '../../../../src/media/tts/word-tokens.js';
import { fakeElevenLabs, fakeOpenAi, type FakeServer } from './fake-tts-servers.js';

const ffmpegPath = resolveFfmpegPath();
const KEY = 'sk-test-key';
// The fakes speak with another voice than the reference, after 0.35 s of silence (OpenAI's also 20 % slower):
// alignment has work to do.
const SPEAKER = 'espeak-en-us-male';
const REFERENCE = 'espeak-en-us-female';
const LEAD = 0.35;
const TEXT = 'Cloud voices sound natural. Every word still needs a time, so captions follow the speech!';
const fastRetry = { baseDelayMs: 10, maxDelayMs: 50, timeoutMs: 10_000 };

let espeak: EspeakTtsEngine;
let openAiServer: FakeServer;
let elevenServer: FakeServer;
const openAiSpoken: Synthesis[] = [];
const elevenSpoken: Synthesis[] = [];

beforeAll(async () => {
  espeak = new EspeakTtsEngine();
  openAiServer = await fakeOpenAi({ speaker: espeak, speakerVoice: SPEAKER, lead: LEAD, apiKey: KEY, ffmpegPath, spoken: openAiSpoken, paceFactor: 0.8 });
  elevenServer = await fakeElevenLabs({ speaker: espeak, speakerVoice: SPEAKER, lead: LEAD, apiKey: KEY, ffmpegPath, spoken: elevenSpoken });
});
afterAll(async () => {
  await openAiServer.close();
  await elevenServer.close();
  await espeak.close();
});

function openAi(overrides: Partial<ConstructorParameters<typeof OpenAiTtsEngine>[0]> = {}): OpenAiTtsEngine {
  return new OpenAiTtsEngine({
    baseUrl: `${openAiServer.url}/v1`, apiKey: KEY, model: 'gpt-4o-mini-tts', responseFormat: 'wav',
    reference: espeak, referenceVoiceId: REFERENCE, ffmpegPath, retry: fastRetry, ...overrides,
  });
}

function elevenLabs(overrides: Partial<ConstructorParameters<typeof ElevenLabsTtsEngine>[0]> = {}): ElevenLabsTtsEngine {
  return new ElevenLabsTtsEngine({
    baseUrl: elevenServer.url, apiKey: KEY, modelId: 'eleven_multilingual_v2', outputFormat: 'pcm_24000',
    reference: espeak, referenceVoiceId: REFERENCE, ffmpegPath, retry: fastRetry, ...overrides,
  });
}

/** Words in order, each inside the clip, covering every word of the text. */
function expectWordsCoverText(text: string, synthesis: Synthesis): void {
  expect(synthesis.words.map((word) => word.text)).toEqual(wordTokens(text).map((token) => token.text));
  let previousEnd = 0;
  for (const word of synthesis.words) {
    expect(text.slice(word.charStart, word.charEnd)).toBe(word.text);
    expect(word.start).toBeGreaterThanOrEqual(previousEnd - 1e-9);
    expect(word.end).toBeGreaterThan(word.start);
    expect(word.end).toBeLessThanOrEqual(synthesis.duration + 1e-9);
    previousEnd = word.end;
  }
  let previousStart = 0;
  for (const phoneme of synthesis.phonemes) {
    expect(phoneme.start).toBeGreaterThanOrEqual(previousStart - 1e-9);
    expect(phoneme.end).toBeLessThanOrEqual(synthesis.duration + 1e-9);
    previousStart = phoneme.start;
  }
  expect(synthesis.phonemes.length).toBeGreaterThan(synthesis.words.length);
}

/** Mean distance (s) between our word starts and the starts the fake's speaker actually used. */
function meanStartError(got: Synthesis, truth: Synthesis): number {
  const errors = got.words.map((word, index) => Math.abs(word.start - truth.words[index]!.start));
  return errors.reduce((sum, error) => sum + error, 0) / errors.length;
}

describe('OpenAiTtsEngine against a fake /v1/audio/speech', () => {
  it('lists the OpenAI voices with a gender and language each, prefixed openai-', async () => {
    const voices = await openAi().voices();
    expect(voices.map((voice) => voice.voice_id)).toEqual(expect.arrayContaining(['openai-alloy', 'openai-echo', 'openai-fable', 'openai-onyx', 'openai-nova', 'openai-shimmer']));
    expect(voices.find((voice) => voice.voice_id === 'openai-onyx')).toMatchObject({ gender: 'male', language: 'en-us', engine: 'openai-tts' });
  });

  for (const responseFormat of ['wav', 'pcm', 'mp3'] as const) {
    it(`decodes a ${responseFormat} answer to mono 16-bit samples and times every word by aligning an eSpeak rendering`, async () => {
      openAiServer.script({ kind: 'ok' });
      const before = openAiServer.requests.length;
      const result = await openAi({ responseFormat }).synthesize(TEXT, 'openai-nova', { pace: 1.1 });
      const request = JSON.parse(openAiServer.requests[before]!.body) as Record<string, unknown>;
      expect(request).toMatchObject({ model: 'gpt-4o-mini-tts', input: TEXT, voice: 'nova', response_format: responseFormat, speed: 1.1 });
      const truth = openAiSpoken[openAiSpoken.length - 1]!;
      expect(result.sampleRate).toBe(responseFormat === 'wav' ? truth.sampleRate : 24_000);
      // mp3 adds encoder padding; raw formats are the speaker's exact length.
      expect(Math.abs(result.duration - truth.duration)).toBeLessThan(0.1);
      expectWordsCoverText(TEXT, result);
      // The first word starts after the silence, not at 0 where eSpeak's own rendering starts.
      expect(result.words[0]!.start).toBeGreaterThan(LEAD - 0.1);
      const error = meanStartError(result, truth);
      // The naive alternative: eSpeak's timings stretched by the ratio of the two clips' lengths.
      const reference = await espeak.synthesize(TEXT, REFERENCE, { pace: 1.1 });
      const ratio = result.duration / reference.duration;
      const naive = meanStartError({ ...result, words: reference.words.map((word) => ({ ...word, start: word.start * ratio })) }, truth);
      console.log(`openai ${responseFormat}: mean word-start error ${(error * 1000).toFixed(0)} ms over ${result.words.length} words (whole-clip stretch: ${(naive * 1000).toFixed(0)} ms)`);
      expect(error).toBeLessThan(0.25);
    });
  }

  it('retries a 429 (honouring Retry-After) and a 503, then succeeds', async () => {
    openAiServer.script({ kind: 'status', status: 429, headers: { 'retry-after': '0' } }, { kind: 'status', status: 503 }, { kind: 'ok' });
    const before = openAiServer.requests.length;
    const result = await openAi().synthesize('Try again.', 'openai-alloy');
    expect(openAiServer.requests.length - before).toBe(3);
    expect(result.words.map((word) => word.text)).toEqual(['Try', 'again']);
  });

  it('gives up after the last attempt on repeated 500s with an error that can be retried later', async () => {
    openAiServer.script({ kind: 'status', status: 500 });
    const before = openAiServer.requests.length;
    const failure = await openAi({ retry: { ...fastRetry, maxAttempts: 3 } }).synthesize('Down.', 'openai-alloy').catch((error: unknown) => error);
    expect(openAiServer.requests.length - before).toBe(3);
    expect(failure).toBeInstanceOf(Error);
    expect(failure).not.toBeInstanceOf(PermanentError);
    expect((failure as Error).message).toMatch(/HTTP 500.*gave up after 3 attempts/);
  });

  it('fails at once with a PermanentError on a 401, with the provider reason', async () => {
    openAiServer.script({ kind: 'ok' });
    const before = openAiServer.requests.length;
    const failure = openAi({ apiKey: 'wrong' }).synthesize('Hello.', 'openai-alloy');
    await expect(failure).rejects.toBeInstanceOf(PermanentError);
    await expect(failure).rejects.toThrow(/HTTP 401.*Incorrect API key/);
    expect(openAiServer.requests.length - before).toBe(1);
  });

  it('rejects an unknown voice with a PermanentError without calling the service', async () => {
    const before = openAiServer.requests.length;
    await expect(openAi().synthesize('Hello.', 'openai-nobody')).rejects.toBeInstanceOf(PermanentError);
    expect(openAiServer.requests.length).toBe(before);
  });

  it('cancels a request the service holds when the signal aborts', async () => {
    openAiServer.script({ kind: 'hang' });
    const controller = new AbortController();
    const failure = openAi().synthesize('Hold on.', 'openai-alloy', { signal: controller.signal });
    setTimeout(() => controller.abort(), 150);
    await expect(failure).rejects.toBeInstanceOf(CancelledError);
    openAiServer.script({ kind: 'ok' });
  });

  it('treats an attempt that outlives its timeout as failed and retries it', async () => {
    openAiServer.script({ kind: 'hang' }, { kind: 'ok' });
    const before = openAiServer.requests.length;
    const result = await openAi({ retry: { ...fastRetry, timeoutMs: 300 } }).synthesize('Slow start.', 'openai-alloy');
    expect(openAiServer.requests.length - before).toBe(2);
    expect(result.words).toHaveLength(2);
  });
});

describe('ElevenLabsTtsEngine against a fake with-timestamps API', () => {
  it('lists the account voices with gender and language from their labels', async () => {
    elevenServer.script({ kind: 'ok' });
    const voices = await elevenLabs().voices();
    expect(voices).toEqual([
      { voice_id: 'elevenlabs-21m00Tcm4TlvDq8ikWAM', name: 'ElevenLabs Rachel', language: 'en-us', gender: 'female', engine: 'elevenlabs' },
      { voice_id: 'elevenlabs-JBFqnCBsd6RMkjVDRZzb', name: 'ElevenLabs George', language: 'en-gb', gender: 'male', engine: 'elevenlabs' },
    ]);
  });

  it('times words from the character alignment and moves eSpeak phonemes onto them', async () => {
    elevenServer.script({ kind: 'ok' });
    const before = elevenServer.requests.length;
    const result = await elevenLabs().synthesize(TEXT, 'elevenlabs-21m00Tcm4TlvDq8ikWAM');
    expect(elevenServer.requests[before]!.url).toBe('/v1/text-to-speech/21m00Tcm4TlvDq8ikWAM/with-timestamps?output_format=pcm_24000');
    const truth = elevenSpoken[elevenSpoken.length - 1]!;
    expect(result.sampleRate).toBe(24_000);
    expect(Math.abs(result.duration - truth.duration)).toBeLessThan(0.01);
    expectWordsCoverText(TEXT, result);
    // The service's own timings are kept, to the millisecond.
    expect(meanStartError(result, truth)).toBeLessThan(0.002);
    // Every phoneme falls inside the span of speech.
    expect(result.phonemes[0]!.start).toBeGreaterThanOrEqual(result.words[0]!.start - 1e-6);
  });

  it('retries a 429 then succeeds, and fails at once with a PermanentError on a 401', async () => {
    elevenServer.script({ kind: 'status', status: 429, body: { detail: { status: 'too_many_concurrent_requests' } } }, { kind: 'ok' });
    const before = elevenServer.requests.length;
    const result = await elevenLabs().synthesize('Busy now.', 'elevenlabs-21m00Tcm4TlvDq8ikWAM');
    expect(elevenServer.requests.length - before).toBe(2);
    expect(result.words.map((word) => word.text)).toEqual(['Busy', 'now']);
    await expect(elevenLabs({ apiKey: 'nope' }).synthesize('Hi.', 'elevenlabs-21m00Tcm4TlvDq8ikWAM')).rejects.toThrow(PermanentError);
    await expect(elevenLabs({ apiKey: 'nope' }).synthesize('Hi.', 'elevenlabs-21m00Tcm4TlvDq8ikWAM')).rejects.toThrow(/Invalid API key/);
  });

  it('cancels while waiting for the service', async () => {
    elevenServer.script({ kind: 'hang' });
    const controller = new AbortController();
    const failure = elevenLabs().synthesize('Hold on.', 'elevenlabs-21m00Tcm4TlvDq8ikWAM', { signal: controller.signal });
    setTimeout(() => controller.abort(), 150);
    await expect(failure).rejects.toBeInstanceOf(CancelledError);
    elevenServer.script({ kind: 'ok' });
  });
});

describe('CompositeTtsEngine', () => {
  function composite(eleven: TtsEngine = elevenLabs()): CompositeTtsEngine {
    // The eSpeak engine is shared with the other tests: wrap it so closing the composite leaves it open.
    const shared: TtsEngine = { id: espeak.id, voices: () => espeak.voices(), synthesize: (...args) => espeak.synthesize(...args), close: async () => {} };
    return new CompositeTtsEngine([
      { prefix: 'espeak-', engine: shared },
      { prefix: 'openai-', engine: openAi() },
      { prefix: 'elevenlabs-', engine: eleven },
    ]);
  }

  it('lists eSpeak and cloud voices together and routes each voice id to its engine', async () => {
    elevenServer.script({ kind: 'ok' });
    const engine = composite();
    const ids = (await engine.voices()).map((voice) => voice.voice_id);
    expect(ids).toEqual(expect.arrayContaining(['espeak-en-us-female', 'openai-shimmer', 'elevenlabs-JBFqnCBsd6RMkjVDRZzb']));
    const openAiBefore = openAiServer.requests.length;
    const local = await engine.synthesize('Offline.', 'espeak-en-us-female');
    expect(openAiServer.requests.length).toBe(openAiBefore);
    expect(local.words.map((word) => word.text)).toEqual(['Offline']);
    await engine.synthesize('Online.', 'openai-echo');
    expect(openAiServer.requests.length).toBe(openAiBefore + 1);
    await expect(engine.synthesize('Who?', 'polly-joanna')).rejects.toBeInstanceOf(PermanentError);
    await engine.close();
  });

  it('still lists the other voices when a cloud voice list cannot be fetched', async () => {
    const errors: string[] = [];
    const engine = new CompositeTtsEngine([{ prefix: 'elevenlabs-', engine: elevenLabs({ apiKey: 'revoked' }) }, { prefix: 'openai-', engine: openAi() }], (id) => errors.push(id));
    const voices = await engine.voices();
    expect(voices.length).toBeGreaterThan(0);
    expect(voices.every((voice) => voice.voice_id.startsWith('openai-'))).toBe(true);
    expect(errors).toEqual(['elevenlabs:eleven_multilingual_v2:pcm_24000']);
  });
});
